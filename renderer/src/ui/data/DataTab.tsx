import { BackupPanel } from './BackupPanel';
import { CsvImport } from './CsvImport';
import { DemoPanel } from './DemoPanel';
import { FecImport } from './FecImport';
import { StoragePanel } from './StoragePanel';
import './data.css';

/** Paramètres › Données: bring the data in (CSV, FEC, demo) and keep it safe (backups, storage). */
export function DataTab() {
  return (
    <div className="data-tab">
      <CsvImport />
      <FecImport />
      <div className="grid-2">
        <BackupPanel />
        <StoragePanel />
      </div>
      <DemoPanel />
    </div>
  );
}
