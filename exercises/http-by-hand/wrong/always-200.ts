import type { IncomingMessage, ServerResponse } from 'node:http';

const notes: Array<{ id: number; text: string }> = [];

function sendJson(res: ServerResponse, value: unknown) {
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(value));
}

export default function handler(req: IncomingMessage, res: ServerResponse) {
  if (req.url === '/ping') {
    res.setHeader('Content-Type', 'text/plain');
    res.end('pong');
    return;
  }

  if (req.url === '/hello') {
    const name = req.headers['x-name'] ?? 'stranger';
    res.setHeader('Content-Type', 'text/plain');
    res.end(`Hello, ${name}!`);
    return;
  }

  if (req.url === '/notes') {
    if (req.method === 'GET') {
      sendJson(res, notes);
      return;
    }
    if (req.method === 'POST') {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        let data;
        try {
          data = JSON.parse(body);
        } catch {
          sendJson(res, { error: 'invalid JSON' });
          return;
        }
        const note = { id: notes.length + 1, text: String(data?.text ?? '') };
        notes.push(note);
        sendJson(res, note);
      });
      return;
    }
    res.setHeader('Allow', 'GET, POST');
    res.end('Method not allowed');
    return;
  }

  res.setHeader('Content-Type', 'text/plain');
  res.end('Not found');
}
