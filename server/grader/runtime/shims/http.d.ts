// Types for the driver's use of the http shim (the shim itself is plain JS).
export declare class IncomingMessage {
  constructor(init: { method: string; url: string; headers: Array<[string, string]> });
  push(chunk: Uint8Array | null): boolean;
}
export declare class ServerResponse {
  constructor(req: IncomingMessage, onFinish: (res: never, body: Uint8Array) => void);
}
