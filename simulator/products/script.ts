/**
 * A tiny, safe stand-in for running a script on an instance: nothing is executed. `echo`,
 * `Write-Output`, `sleep`, `exit N`, `false`, `hostname`, `whoami`, `pwd` and `uptime` behave as
 * expected; every other line succeeds silently. Enough for tests to see their output and exit
 * code come back through the invocation APIs.
 */
import { errors } from '../errors';

export interface ScriptRun {
  output: string;
  exitCode: number;
  /** Simulated run time (base 1 s plus sleeps). */
  durationMs: number;
}

export interface ScriptContext {
  hostname: string;
  username: string;
  workingDir: string;
}

/** Replaces `{{name}}` with the parameter's value; a name with no value is an invalid request. */
export function substitute(content: string, parameters: Record<string, unknown>): string {
  return content.replace(/\{\{\s*([A-Za-z0-9_-]+)\s*\}\}/g, (_m, name: string) => {
    if (!(name in parameters)) throw errors.invalid('Parameters', `the command uses {{${name}}} but Parameters gives it no value`);
    return String(parameters[name]);
  });
}

/** Names of the `{{name}}` placeholders a command uses (ACS built-ins excluded). */
export function parameterNames(content: string): string[] {
  return [...new Set([...content.matchAll(/\{\{\s*([A-Za-z0-9_-]+)\s*\}\}/g)].map((m) => m[1]).filter((n) => !n.startsWith('ACS::')))];
}

export function runScript(content: string, ctx: ScriptContext): ScriptRun {
  let output = '';
  let durationMs = 1000;
  const lines = content.split(/\r?\n|;|&&/).map((l) => l.trim()).filter(Boolean);
  for (const line of lines.slice(0, 10_000)) {
    const [cmd, ...rest] = line.split(/\s+/);
    const arg = rest.join(' ');
    switch (cmd) {
      case 'echo':
      case 'Write-Output':
      case 'Write-Host':
        output += unquote(arg) + '\n';
        break;
      case 'sleep':
      case 'Start-Sleep': {
        const secs = Number(rest.find((r) => /^\d+(\.\d+)?$/.test(r)) ?? 0);
        durationMs += secs * 1000;
        break;
      }
      case 'exit': {
        const code = Number(rest[0] ?? 0);
        return { output, exitCode: Number.isInteger(code) ? code : 0, durationMs };
      }
      case 'false':
        return { output, exitCode: 1, durationMs };
      case 'hostname':
        output += ctx.hostname + '\n';
        break;
      case 'whoami':
        output += ctx.username + '\n';
        break;
      case 'pwd':
        output += ctx.workingDir + '\n';
        break;
      case 'uptime':
        output += ' 10:00:00 up 30 days,  1 user,  load average: 0.00, 0.01, 0.05\n';
        break;
      default:
        break;
    }
  }
  return { output, exitCode: 0, durationMs };
}

function unquote(s: string): string {
  const m = /^(['"])(.*)\1$/s.exec(s);
  return m ? m[2] : s;
}
