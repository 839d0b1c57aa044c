import express from 'express';

const app = express();

const todos = [
  { id: 1, title: 'Buy milk', done: false },
  { id: 2, title: 'Write code', done: true },
];

app.get('/todos', (req, res) => {
  // TODO: send the list of todos
});

export default app;
