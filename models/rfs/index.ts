/** RFS (Huawei Cloud Resource Formation Service) parameter models: private modules and stacks. */
export { RFS } from './product';
export { ListPrivateModulesModel } from './actions/list-private-modules';
export { CreatePrivateModuleModel } from './actions/create-private-module';
export { ShowPrivateModuleMetadataModel } from './actions/show-private-module-metadata';
export { UpdatePrivateModuleMetadataModel, UPDATABLE_MODULE_FIELDS } from './actions/update-private-module-metadata';
export { DeletePrivateModuleModel } from './actions/delete-private-module';
export { ListPrivateModuleVersionsModel } from './actions/list-private-module-versions';
export { ShowPrivateModuleVersionContentModel } from './actions/show-private-module-version-content';
export { CreateStackModel } from './actions/create-stack';
export { DeleteStackModel } from './actions/delete-stack';
export * from './responses';
