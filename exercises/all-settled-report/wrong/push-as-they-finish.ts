export interface Report { up: string[]; down: Array<{ name: string; error: string }> }

export async function checkServices(names: string[], ping: (name: string) => Promise<number>): Promise<Report> {
  const report: Report = { up: [], down: [] };
  await Promise.all(names.map(async (name) => {
    try {
      await ping(name);
      report.up.push(name);
    } catch (error) {
      report.down.push({ name, error: (error as Error).message });
    }
  }));
  return report;
}
