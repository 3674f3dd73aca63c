/**
 * Typed IPC registration. A handler is declared against the contract, so its argument
 * and result types come from preload/contract.ts; at run time the argument is
 * `unknown` until zod has parsed it, and a message from any frame but the app's own
 * page is refused before the handler runs (Electron checklist: validate the sender).
 */
import type { z } from 'zod';
import type { Channel, ChannelArg, ChannelResult } from '../preload/contract';
import { isTrustedSender } from './security';

/** The part of IpcMainInvokeEvent the checks need; tests pass a plain object. */
export interface InvokeEvent {
  senderFrame: { url: string } | null;
}

/** The part of ipcMain used here. */
export interface IpcMainLike<E extends InvokeEvent> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => unknown): void;
}

export type Handler<K extends Channel, E> = (
  arg: ChannelArg<K>,
  event: E,
) => Promise<ChannelResult<K>> | ChannelResult<K>;

export class IpcRefusal extends Error {
  constructor(
    readonly channel: string,
    readonly reason: 'untrusted-sender' | 'invalid-argument',
    detail = '',
  ) {
    super(`IPC ${channel} refused: ${reason}${detail ? ` (${detail})` : ''}`);
    this.name = 'IpcRefusal';
  }
}

export interface IpcRegistry<E extends InvokeEvent> {
  handle<K extends Channel>(channel: K, schema: z.ZodType<ChannelArg<K>>, impl: Handler<K, E>): void;
  /** the channels registered so far (a test checks none of CHANNELS is forgotten) */
  readonly channels: ReadonlySet<Channel>;
}

export function createIpcRegistry<E extends InvokeEvent>(
  ipcMain: IpcMainLike<E>,
  appUrl: () => string,
  log: (message: string) => void = console.warn,
): IpcRegistry<E> {
  const channels = new Set<Channel>();
  return {
    channels,
    handle(channel, schema, impl) {
      channels.add(channel);
      ipcMain.handle(channel, async (event, ...args) => {
        if (!isTrustedSender(event.senderFrame?.url, appUrl())) {
          log(`IPC ${channel}: sender ${event.senderFrame?.url ?? '(none)'} refused`);
          throw new IpcRefusal(channel, 'untrusted-sender');
        }
        // Exactly one object argument: extra arguments are a caller that does not
        // speak the contract.
        if (args.length !== 1) throw new IpcRefusal(channel, 'invalid-argument', `${args.length} arguments`);
        const parsed = schema.safeParse(args[0]);
        if (!parsed.success) {
          throw new IpcRefusal(channel, 'invalid-argument', parsed.error.issues[0]?.path.join('.') ?? '');
        }
        return impl(parsed.data, event);
      });
    },
  };
}
