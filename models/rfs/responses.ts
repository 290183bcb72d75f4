/** Response bodies of the RFS actions modelled here (snake_case, as the API returns them). */
export interface PrivateModuleSummary {
  module_name: string;
  module_id: string;
  module_description?: string;
  create_time: string;
  update_time: string;
}

export interface ListPrivateModulesResponseBody {
  modules: PrivateModuleSummary[];
  page_info?: { next_marker?: string };
}

export interface CreatePrivateModuleResponseBody {
  module_id: string;
  module_version?: string;
}

export type ShowPrivateModuleMetadataResponseBody = PrivateModuleSummary;

export interface PrivateModuleVersionSummary {
  module_name: string;
  module_id: string;
  module_version: string;
  version_description?: string;
  create_time: string;
}

export interface ListPrivateModuleVersionsResponseBody {
  versions: PrivateModuleVersionSummary[];
  page_info?: { next_marker?: string };
}

export interface CreateStackResponseBody {
  stack_id: string;
  deployment_id?: string;
}

/** 204 / 307 answers have no body. */
export type EmptyResponseBody = Record<string, never>;
