// Regular expressions from checks run in a tiny isolate with a timeout: a
// catastrophically backtracking pattern fails its check instead of blocking
// the worker.
import ivm from 'isolated-vm';

let isolate: ivm.Isolate | undefined;
let tester: ivm.Reference<(source: string, flags: string, input: string) => boolean> | undefined;

async function getTester() {
  if (!isolate || isolate.isDisposed || !tester) {
    isolate = new ivm.Isolate({ memoryLimit: 16 });
    const context = await isolate.createContext();
    tester = await context.eval('(source, flags, input) => new RegExp(source, flags).test(input)', { reference: true }) as typeof tester;
  }
  return tester!;
}

export class RegexBudgetError extends Error {}

export async function testRegex(re: RegExp, input: string, budgetMs: number): Promise<boolean> {
  const t = await getTester();
  try {
    return await t.apply(undefined, [re.source, re.flags.replace('g', '').replace('y', ''), input], { timeout: Math.max(1, Math.floor(budgetMs)) }) as boolean;
  } catch (e) {
    if (/timed out/i.test(String((e as Error).message))) {
      isolate?.dispose();
      throw new RegexBudgetError(`the pattern ${re} took more than ${budgetMs} ms to run (catastrophic backtracking?)`);
    }
    throw e;
  }
}
