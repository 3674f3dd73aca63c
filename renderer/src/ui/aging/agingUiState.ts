import { create } from 'zustand';
import { DEFAULT_SORT, NO_FILTER, type AgingFilter, type AgingSort } from './agingView';

export type AgingMode = 'table' | 'board';

interface AgingUiState {
  mode: AgingMode;
  filter: AgingFilter;
  sort: AgingSort;
  setMode: (mode: AgingMode) => void;
  setFilter: (changes: Partial<AgingFilter>) => void;
  resetFilter: () => void;
  setSort: (sort: AgingSort) => void;
}

/**
 * How the user left the aging screen (view, filters, sort): kept while they open a
 * client file and come back, so the list they were working through is still there.
 */
export const useAgingUi = create<AgingUiState>((set) => ({
  mode: 'table',
  filter: NO_FILTER,
  sort: DEFAULT_SORT,
  setMode: (mode) => set({ mode }),
  setFilter: (changes) => set((s) => ({ filter: { ...s.filter, ...changes } })),
  resetFilter: () => set({ filter: NO_FILTER }),
  setSort: (sort) => set({ sort }),
}));
