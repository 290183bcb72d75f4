/**
 * SWAS actions by API category (hand-written curation): the Allure "feature" of each action and
 * the grouping of the regression suites under testcases/swas/.
 */
export const SWAS_CATEGORIES = {
  instances: [
    'CreateInstances', 'ListInstances', 'ListInstanceStatus', 'StartInstance', 'StartInstances', 'StopInstance', 'StopInstances',
    'RebootInstance', 'RebootInstances', 'ResetSystem', 'UpgradeInstance', 'RenewInstance', 'UpdateInstanceAttribute',
    'ListInstancePlansModification', 'ListInstancesTrafficPackages', 'DescribeInstanceVncUrl', 'ModifyInstanceVncPassword',
    'DescribeInstancePasswordsSetting', 'LoginInstance', 'StartTerminalSession',
  ],
  images: [
    'CreateCustomImage', 'DeleteCustomImage', 'DeleteCustomImages', 'ListCustomImages', 'ListImages', 'ModifyImageShareStatus',
    'AddCustomImageShareAccount', 'RemoveCustomImageShareAccount', 'ListCustomImageShareAccounts',
  ],
  disksAndSnapshots: [
    'ListDisks', 'ResetDisk', 'UpdateDiskAttribute', 'CreateSnapshot', 'DeleteSnapshot', 'DeleteSnapshots', 'ListSnapshots',
    'UpdateSnapshotAttribute',
  ],
  firewall: [
    'CreateFirewallRule', 'CreateFirewallRules', 'ListFirewallRules', 'ModifyFirewallRule', 'DeleteFirewallRule', 'DeleteFirewallRules',
    'EnableFirewallRule', 'DisableFirewallRule', 'CreateFirewallTemplate', 'CreateFirewallTemplateRules', 'DescribeFirewallTemplates',
    'ModifyFirewallTemplate', 'DeleteFirewallTemplates', 'DeleteFirewallTemplateRules', 'ApplyFirewallTemplate',
    'DescribeFirewallTemplateApplyResults', 'DescribeFirewallTemplateRulesApplyResult',
  ],
  commands: [
    'RunCommand', 'CreateCommand', 'InvokeCommand', 'DescribeCommands', 'UpdateCommandAttribute', 'DeleteCommand',
    'DescribeInvocations', 'DescribeInvocationResult', 'DescribeCommandInvocations', 'InstallCloudAssistant',
    'DescribeCloudAssistantStatus', 'DescribeCloudAssistantAttributes',
  ],
  keyPairs: [
    'CreateKeyPair', 'ImportKeyPair', 'ListKeyPairs', 'DeleteKeyPairs', 'AttachKeyPair', 'DetachKeyPair', 'CreateInstanceKeyPair',
    'DescribeInstanceKeyPair', 'DeleteInstanceKeyPair', 'UploadInstanceKeyPair',
  ],
  databases: [
    'DescribeDatabaseInstances', 'StartDatabaseInstance', 'StopDatabaseInstance', 'RestartDatabaseInstance',
    'DescribeDatabaseInstanceParameters', 'ModifyDatabaseInstanceParameter', 'ModifyDatabaseInstanceDescription',
    'ResetDatabaseAccountPassword', 'AllocatePublicConnection', 'ReleasePublicConnection', 'DescribeDatabaseErrorLogs',
    'DescribeDatabaseSlowLogRecords', 'DescribeDatabaseInstanceMetricData',
  ],
  monitoring: ['DescribeMonitorData', 'InstallCloudMonitorAgent', 'DescribeCloudMonitorAgentStatuses', 'DescribeSecurityAgentStatus'],
  tags: ['TagResources', 'UntagResources', 'ListTagResources'],
  regionsAndPlans: ['ListRegions', 'ListPlans'],
} as const;

export type SwasCategory = keyof typeof SWAS_CATEGORIES;

const byAction = new Map<string, SwasCategory>(
  Object.entries(SWAS_CATEGORIES).flatMap(([cat, actions]) => actions.map((a): [string, SwasCategory] => [a, cat as SwasCategory])),
);

/** The category of a SWAS action, or undefined for an action this map does not know yet. */
export function swasCategoryOf(action: string): SwasCategory | undefined {
  return byAction.get(action);
}
