import { useEffect, useState } from 'react';

/** "Enregistré" shown after a save, until the user types again (or after a while). */
export function useSavedNotice(): { saved: boolean; markSaved: () => void; clear: () => void } {
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(false), 8000);
    return () => clearTimeout(timer);
  }, [saved]);
  return { saved, markSaved: () => setSaved(true), clear: () => setSaved(false) };
}
