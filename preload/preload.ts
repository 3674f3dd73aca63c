/**
 * The bridge: one method per contract channel, grouped by domain (Cherry Studio's
 * habit), never a generic `send` — the renderer cannot name a channel. Runs sandboxed
 * (sandbox: true), so it may only require 'electron': scripts/build-shell.mjs bundles
 * this file and its imports into one CommonJS file.
 *
 * Events that arrive before the page subscribes (the start-up tick is sent as soon as
 * the page has loaded, possibly before React mounted) are kept and handed to the first
 * subscriber, so the morning tick is never lost.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Channel, ChannelArg, ChannelResult, EventContract, EventName, RecouvreApi } from './contract';
import { createEventHub } from '../renderer/src/platform/eventHub';

function invoke<K extends Channel>(channel: K) {
  return (arg: ChannelArg<K>): Promise<ChannelResult<K>> =>
    ipcRenderer.invoke(channel, arg) as Promise<ChannelResult<K>>;
}

function hubFor<E extends EventName>(event: E) {
  const hub = createEventHub<EventContract[E]>();
  ipcRenderer.on(event, (_e: IpcRendererEvent, payload: EventContract[E]) => hub.emit(payload));
  return hub;
}

const ticks = hubFor('schedule:tick');
const navigations = hubFor('app:navigate');

const api: RecouvreApi = {
  file: { save: invoke('file:save'), saveAndOpen: invoke('file:saveAndOpen') },
  mail: { open: invoke('mail:open') },
  window: { print: invoke('window:print') },
  settings: { read: invoke('settings:read'), write: invoke('settings:write') },
  notify: { show: invoke('notify:show') },
  app: { setDueCount: invoke('app:setDueCount'), setLoginItem: invoke('app:setLoginItem') },
  backup: { write: invoke('backup:write') },
  schedule: { onTick: (listener) => ticks.subscribe(listener) },
  navigation: { onNavigate: (listener) => navigations.subscribe(listener) },
};

contextBridge.exposeInMainWorld('recouvre', api);
