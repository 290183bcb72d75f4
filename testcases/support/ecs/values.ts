/** Values the ECS suites share. */

/** Ids that are well formed but belong to nothing, for not-found cases (ECS ids: prefix, dash, region code, 17+ chars). */
export const NOT_FOUND_ID = {
  instance: 'i-cc0notexist000000000',
  securityGroup: 'sg-cc0notexist00000000',
  image: 'm-cc0notexist000000000',
  command: 'c-cc0notexist000000000',
  invocation: 't-cc0notexist000000000',
  rule: 'sgr-cc0notexist0000000',
} as const;

/** Command output and content come Base64-encoded unless ContentEncoding=PlainText asks for text. */
export function decodeOutput(base64: string | undefined): string {
  return Buffer.from(base64 ?? '', 'base64').toString('utf8');
}
