export interface Report { up: string[]; down: Array<{ name: string; error: string }> }

export async function checkServices(names: string[], ping: (name: string) => Promise<number>): Promise<Report> {
  const report: Report = { up: [], down: [] };
  for (const name of names) {
    try {
      await ping(name);
      report.up.push(name);
    } catch (error) {
      report.down.push({ name, error: (error as Error).message });
    }
  }
  return report;
}
