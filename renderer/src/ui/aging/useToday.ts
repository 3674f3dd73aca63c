// Moved to ui/components/useToday.ts: the hooks serve every screen, not only the aging board.
// Kept for the aging files only (useAgingData.ts), until their owner imports the new path.
export { useLoadedCompanySettings, useToday } from '../components/useToday';
