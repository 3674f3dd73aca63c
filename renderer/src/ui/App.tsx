import { useEffect } from 'react';
import { listenToHash, useNavigation } from '../state/navigation';
import { Layout } from './shell/Layout';
import { TodayScreen } from './today/TodayScreen';
import { AgingScreen } from './aging/AgingScreen';
import { ClientsScreen } from './clients/ClientsScreen';
import { ClientFileScreen } from './clients/ClientFileScreen';
import { SettingsScreen } from './settings/SettingsScreen';
import { PrintScreen } from './print/PrintScreen';
import { useDailyTick } from './today/useDailyTick';

export function App() {
  const route = useNavigation((s) => s.route);
  useEffect(() => listenToHash(), []);
  const dueCount = useDailyTick();

  return (
    <Layout dueCount={dueCount}>
      {route.screen === 'today' && <TodayScreen />}
      {route.screen === 'aging' && <AgingScreen />}
      {route.screen === 'clients' && <ClientsScreen />}
      {route.screen === 'client' && <ClientFileScreen clientId={route.clientId} />}
      {route.screen === 'settings' && <SettingsScreen section={route.section} />}
      {route.screen === 'print' && <PrintScreen batch={route.batch} />}
    </Layout>
  );
}
