import { create } from 'zustand';
import { DEFAULT_COMPANY_SETTINGS, parseCompanySettings } from '../domain/companySettings';
import type { CompanySettings } from '../domain/model';
import { platform } from '../platform';

const KEY = 'company';

interface CompanySettingsState {
  settings: CompanySettings;
  loaded: boolean;
  load: () => Promise<void>;
  save: (settings: CompanySettings) => Promise<void>;
}

/** Company identity and policy, kept by the platform (electron-store / localStorage). */
export const useCompanySettings = create<CompanySettingsState>((set) => ({
  settings: DEFAULT_COMPANY_SETTINGS,
  loaded: false,
  load: async () => {
    const stored = await platform.readSettings<unknown>(KEY);
    set({ settings: parseCompanySettings(stored), loaded: true });
  },
  save: async (settings) => {
    const parsed = parseCompanySettings(settings);
    await platform.writeSettings(KEY, parsed);
    set({ settings: parsed });
  },
}));
