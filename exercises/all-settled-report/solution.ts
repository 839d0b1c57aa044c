export interface Report { up: string[]; down: Array<{ name: string; error: string }> }

export async function checkServices(names: string[], ping: (name: string) => Promise<number>): Promise<Report> {
  const results = await Promise.allSettled(names.map((name) => ping(name)));
  const report: Report = { up: [], down: [] };
  results.forEach((result, i) => {
    const name = names[i]!;
    if (result.status === 'fulfilled') report.up.push(name);
    else report.down.push({ name, error: result.reason instanceof Error ? result.reason.message : String(result.reason) });
  });
  return report;
}
