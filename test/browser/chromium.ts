import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/** The chromium executable: $CHROMIUM, else `chromium` (Debian's package) or `chromium-browser` on the PATH. */
export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM'];
  const names = ['chromium', 'chromium-browser'];
  const candidates = fromEnv ? [fromEnv] : (process.env['PATH'] ?? '').split(delimiter).flatMap((dir) => names.map((n) => join(dir, n)));
  return candidates.find((p) => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** The flags of a quiet, offline, throw-away headless browser. */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars'];

interface Message {
  id?: number;
  method?: string;
  sessionId?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/**
 * A headless chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`:
 * JSON messages ended by NUL on fds 3 and 4): no port, no WebSocket, no dependency.
 */
export class Browser {
  private next = 1;
  private readonly pending = new Map<number, { ok: (r: Record<string, unknown>) => void; fail: (e: Error) => void }>();
  private readonly waiters: { method: string; sessionId?: string; ok: (p: Record<string, unknown>) => void }[] = [];
  private buffer = '';
  private constructor(private readonly child: ChildProcess, private readonly profile: string) {
    const input = child.stdio[4] as Readable;
    input.setEncoding('utf8');
    input.on('data', (s: string) => this.receive(s));
    child.once('exit', () => {
      for (const p of this.pending.values()) p.fail(new Error('chromium exited'));
      this.pending.clear();
    });
  }

  /** Starts chromium (a fresh profile in a temporary directory). */
  static launch(executable: string): Browser {
    const profile = mkdtempSync(join(tmpdir(), 'zp-chromium-'));
    const child = spawn(executable, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    return new Browser(child, profile);
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    for (let end = this.buffer.indexOf('\0'); end >= 0; end = this.buffer.indexOf('\0')) {
      const msg = JSON.parse(this.buffer.slice(0, end)) as Message;
      this.buffer = this.buffer.slice(end + 1);
      if (msg.id !== undefined) {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error) p?.fail(new Error(msg.error.message));
        else p?.ok(msg.result ?? {});
      } else if (msg.method) {
        const i = this.waiters.findIndex((w) => w.method === msg.method && (w.sessionId === undefined || w.sessionId === msg.sessionId));
        if (i >= 0) this.waiters.splice(i, 1)[0]?.ok(msg.params ?? {});
      }
    }
  }

  /** Sends a protocol command (to a page session when given) and waits for its result. */
  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.next++;
    return new Promise((ok, fail) => {
      this.pending.set(id, { ok, fail });
      (this.child.stdio[3] as Writable).write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** Waits for the next event of a kind. */
  event(method: string, sessionId?: string): Promise<Record<string, unknown>> {
    return new Promise((ok) => this.waiters.push({ method, ...(sessionId ? { sessionId } : {}), ok }));
  }

  /** Opens a page of the given size, loads `url` and returns its session id. */
  async open(url: string, width: number, height: number): Promise<string> {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = (await this.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    await this.send('Page.enable', {}, sessionId);
    await this.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false }, sessionId);
    const loaded = this.event('Page.loadEventFired', sessionId);
    await this.send('Page.navigate', { url }, sessionId);
    await loaded;
    return sessionId;
  }

  /** Evaluates an expression in the page and returns its value (as JSON). */
  async evaluate<T>(sessionId: string, expression: string): Promise<T> {
    const r = (await this.send('Runtime.evaluate', { expression, returnByValue: true }, sessionId)) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (r.exceptionDetails) throw new Error(`page evaluation failed: ${r.exceptionDetails.text}`);
    return r.result.value;
  }

  /** A PNG screenshot of the page's viewport. */
  async screenshot(sessionId: string): Promise<Buffer> {
    const { data } = (await this.send('Page.captureScreenshot', { format: 'png' }, sessionId)) as { data: string };
    return Buffer.from(data, 'base64');
  }

  /** Closes the browser and removes its profile. */
  async close(): Promise<void> {
    const exited = new Promise((ok) => this.child.once('exit', ok));
    await this.send('Browser.close').catch(() => undefined);
    const killer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    if (this.child.exitCode === null) await exited;
    clearTimeout(killer);
    rmSync(this.profile, { recursive: true, force: true });
  }
}
