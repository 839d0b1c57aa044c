export interface Report { up: string[]; down: Array<{ name: string; error: string }> }

type Outcome = { status: string; value?: number; reason?: unknown };

export async function checkServices(names: string[], ping: (name: string) => Promise<number>): Promise<Report> {
  const results: Outcome[] = await Promise.allSettled(names.map((name) => ping(name)));
  const report: Report = { up: [], down: [] };
  results.forEach((result, i) => {
    if (result.status === 'resolved') report.up.push(names[i]!);
    else report.down.push({ name: names[i]!, error: String((result.reason as Error | undefined)?.message) });
  });
  return report;
}
