// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthProvider } from '../auth/AuthContext.tsx';
import { AuthForm } from './AuthForm.tsx';

type Handler = (url: string, init: RequestInit) => { status: number; body?: unknown };

function serve(handler: Handler) {
  const calls: { url: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, body: init.body ? JSON.parse(String(init.body)) : undefined });
    const { status, body } = handler(url, init);
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  return calls;
}

function renderAt(path: string, state?: unknown) {
  render(
    <MemoryRouter initialEntries={[{ pathname: path, state }]}>
      <AuthProvider>
        <Routes>
          <Route path="/signup" element={<AuthForm mode="signup" />} />
          <Route path="/signin" element={<AuthForm mode="signin" />} />
          <Route path="/" element={<p>home page</p>} />
          <Route path="/progress" element={<p>progress page</p>} />
        </Routes>
      </AuthProvider>
    </MemoryRouter>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('AuthForm', () => {
  it('shows the server\'s field-level reason next to the password and keeps the input', async () => {
    serve((url) => {
      if (url === '/api/auth/refresh') return { status: 401, body: { error: { code: 'REFRESH_TOKEN_MISSING', message: 'No refresh token was sent.' } } };
      return { status: 400, body: { error: { code: 'WEAK_PASSWORD', message: 'The password is too easy to guess.', details: [{ path: 'password', message: 'is one of the most common passwords' }] } } };
    });
    renderAt('/signup');
    await userEvent.type(screen.getByLabelText('Email'), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'password123');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The password is too easy to guess.');
    expect(screen.getByText('Password is one of the most common passwords.')).toBeTruthy();
    expect(screen.getByLabelText('Password')).toHaveProperty('value', 'password123');
  });

  it('signs in and goes to the home page', async () => {
    const calls = serve((url) => {
      if (url === '/api/auth/refresh') return { status: 401, body: { error: { code: 'REFRESH_TOKEN_MISSING', message: 'x' } } };
      return { status: 200, body: { user: { id: 'u1', email: 'ada@example.com', role: 'learner', createdAt: '' }, accessToken: 'a.b.c' } };
    });
    renderAt('/signin');
    await userEvent.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('home page')).toBeTruthy();
    expect(calls.at(-1)).toEqual({ url: '/api/auth/login', body: { email: 'ada@example.com', password: 'correct horse battery' } });
  });
});

describe('AuthForm after a redirect', () => {
  it('returns to the page that asked for a session, and never to another site', async () => {
    serve((url) => {
      if (url === '/api/auth/refresh') return { status: 401, body: { error: { code: 'REFRESH_TOKEN_MISSING', message: 'x' } } };
      return { status: 200, body: { user: { id: 'u1', email: 'ada@example.com', role: 'learner', createdAt: '' }, accessToken: 'a.b.c' } };
    });
    renderAt('/signin', { from: '/progress' });
    await userEvent.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('progress page')).toBeTruthy();
    cleanup();
    renderAt('/signin', { from: '//evil.example/phish' });
    await userEvent.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('home page')).toBeTruthy();
  });
});
