interface Settings { theme: string; language: string }

const DEFAULT_SETTINGS: Settings = { theme: 'light', language: 'en' };

export async function loadSettings(userId: number, fetchSettings: (userId: number) => Promise<Settings>): Promise<Settings> {
  try {
    // Leaves the try at once; the promise rejects later, out here where no catch is waiting.
    return fetchSettings(userId);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function loadOrder<T>(orderId: number, fetchOrder: (orderId: number) => Promise<T>): Promise<T> {
  try {
    return await fetchOrder(orderId);
  } catch (error) {
    throw new Error(`could not load order ${orderId}: ${(error as Error).message}`, { cause: error });
  }
}

export async function exportReport<F>(
  openFile: () => Promise<F>,
  writeReport: (file: F) => Promise<number>,
  closeFile: (file: F) => Promise<void>,
): Promise<number> {
  const file = await openFile();
  try {
    return await writeReport(file);
  } finally {
    await closeFile(file);
  }
}
