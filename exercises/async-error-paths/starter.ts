interface Settings { theme: string; language: string }

const DEFAULT_SETTINGS: Settings = { theme: 'light', language: 'en' };

export async function loadSettings(userId: number, fetchSettings: (userId: number) => Promise<Settings>): Promise<Settings> {
  // TODO: resolve with the fetched settings, or with DEFAULT_SETTINGS if fetching fails
  return fetchSettings(userId);
}

export async function loadOrder<T>(orderId: number, fetchOrder: (orderId: number) => Promise<T>): Promise<T> {
  // TODO: on failure, reject with 'could not load order <id>: <reason>'
  return fetchOrder(orderId);
}

export async function exportReport<F>(
  openFile: () => Promise<F>,
  writeReport: (file: F) => Promise<number>,
  closeFile: (file: F) => Promise<void>,
): Promise<number> {
  // TODO: close the file after writing, whether the write worked or not
  const file = await openFile();
  return writeReport(file);
}
