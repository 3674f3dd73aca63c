// Every unit test may use Dexie: fake-indexeddb gives Node an IndexedDB.
import 'fake-indexeddb/auto';
