// A hand-made 405 with Allow, as REST exercises ask for: a catch-all per path
// after the real handlers.
import express from 'express';

const app = express();
app.use(express.json());

const methodsFor: Record<string, string[]> = { '/todos': ['GET', 'POST'], '/todos/:id': ['GET', 'PATCH', 'DELETE'] };

app.get('/todos', (_req, res) => { res.json([]); });
app.post('/todos', (req, res) => { res.status(201).json({ id: 1, ...req.body }); });
app.get('/todos/:id', (req, res) => { res.json({ id: Number(req.params.id) }); });
app.patch('/todos/:id', (req, res) => { res.json({ id: Number(req.params.id), ...req.body }); });
app.delete('/todos/:id', (_req, res) => { res.status(204).end(); });

for (const [path, methods] of Object.entries(methodsFor)) {
  app.all(path, (req, res) => {
    res.set('Allow', methods.join(', ')).status(405).json({ error: `${req.method} not allowed on ${req.path}` });
  });
}

export default app;
