interface Settings { theme: string; language: string }

const DEFAULT_SETTINGS: Settings = { theme: 'light', language: 'en' };

export async function loadSettings(userId: number, fetchSettings: (userId: number) => Promise<Settings>): Promise<Settings> {
  try {
    // `return await`, not just `return`: only an awaited rejection lands in this catch.
    return await fetchSettings(userId);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function loadOrder<T>(orderId: number, fetchOrder: (orderId: number) => Promise<T>): Promise<T> {
  try {
    return await fetchOrder(orderId);
  } catch (error) {
    // The caller learns which order failed; the cause keeps the original error for logs.
    throw new Error(`could not load order ${orderId}: ${(error as Error).message}`, { cause: error });
  }
}

export async function exportReport<F>(
  openFile: () => Promise<F>,
  writeReport: (file: F) => Promise<number>,
  closeFile: (file: F) => Promise<void>,
): Promise<number> {
  // Opened outside the try: if opening fails there is nothing to close.
  const file = await openFile();
  try {
    return await writeReport(file);
  } finally {
    // Runs after a good write and after a failed one; the write's error still goes to the caller.
    await closeFile(file);
  }
}
