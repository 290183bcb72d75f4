/**
 * Names the hand-written ECS models of the foundation issue exported, kept for code that uses
 * them. The value list repeats the generated enum; test/codegen checks that they still agree.
 */
export const EcsCommandTypes = ['RunBatScript', 'RunPowerShellScript', 'RunShellScript'] as const;
