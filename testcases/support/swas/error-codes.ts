/**
 * Error-code families the SWAS suites assert on. They hold for the cloud and the simulator alike:
 * the API spells codes as `MissingParameter` / `MissingInstanceId`, `InvalidParameter` /
 * `InvalidPeriod.Malformed`, `InvalidInstanceId.NotFound`. A not-found code also starts with
 * "Invalid", so INVALID_VALUE excludes it: a bad value must not pass as "resource missing".
 */
export const MISSING = /^Missing/;
export const INVALID_VALUE = /^Invalid(?!.*NotFound)/;
export const NOT_FOUND = /NotFound$/;
