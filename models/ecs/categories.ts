/**
 * The simulated ECS actions by API category (hand-written curation): the Allure "feature" of each
 * action and the grouping of the regression suites under testcases/ecs/ (one file per category).
 * Only the actions the simulator implements are listed; the other ECS actions have no category yet.
 */
export const ECS_CATEGORIES = {
  regionsZones: ['DescribeRegions', 'DescribeZones'],
  instances: [
    'RunInstances', 'CreateInstance', 'DescribeInstances', 'DescribeInstanceAttribute', 'DescribeInstanceStatus', 'ModifyInstanceAttribute',
    'StartInstance', 'StartInstances', 'StopInstance', 'StopInstances', 'RebootInstance', 'RebootInstances', 'DeleteInstance', 'DeleteInstances',
  ],
  images: ['DescribeImages', 'CreateImage', 'ModifyImageAttribute', 'DeleteImage', 'ModifyImageSharePermission', 'DescribeImageSharePermission'],
  securityGroups: [
    'CreateSecurityGroup', 'DescribeSecurityGroups', 'DescribeSecurityGroupAttribute', 'ModifySecurityGroupAttribute', 'DeleteSecurityGroup',
    'AuthorizeSecurityGroup', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroup', 'RevokeSecurityGroupEgress', 'JoinSecurityGroup', 'LeaveSecurityGroup',
  ],
  commands: [
    'RunCommand', 'CreateCommand', 'DescribeCommands', 'ModifyCommand', 'DeleteCommand', 'InvokeCommand', 'StopInvocation', 'DescribeInvocations',
    'DescribeInvocationResults', 'DescribeCloudAssistantStatus',
  ],
  keyPairs: ['CreateKeyPair', 'ImportKeyPair', 'DescribeKeyPairs', 'DeleteKeyPairs', 'AttachKeyPair', 'DetachKeyPair'],
  tags: ['TagResources', 'UntagResources', 'ListTagResources'],
} as const;

export type EcsCategory = keyof typeof ECS_CATEGORIES;

/** The category titles as the ECS API reference names them (the Allure feature). */
export const ECS_CATEGORY_TITLES: Readonly<Record<EcsCategory, string>> = {
  regionsZones: 'Regions and zones',
  instances: 'Instances',
  images: 'Images',
  securityGroups: 'Security groups',
  commands: 'Cloud Assistant',
  keyPairs: 'Key pairs',
  tags: 'Tags',
};

const byAction = new Map<string, EcsCategory>(
  Object.entries(ECS_CATEGORIES).flatMap(([cat, actions]) => actions.map((a): [string, EcsCategory] => [a, cat as EcsCategory])),
);

/** The category of an ECS action, or undefined for an action this map does not know. */
export function ecsCategoryOf(action: string): EcsCategory | undefined {
  return byAction.get(action);
}
