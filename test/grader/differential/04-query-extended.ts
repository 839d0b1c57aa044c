// The "extended" (qs) query parser: nested objects and indexed arrays.
import express from 'express';

const app = express();
app.set('query parser', 'extended');

app.get('/filter', (req, res) => { res.json(req.query); });

export default app;
