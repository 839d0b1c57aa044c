// Last part of every snapshot entry (entry-*.ts): the one global the host uses once and
// boot() deletes.
import './globals.ts';
import { boot } from './driver.ts';
import { P } from './primordials.ts';

P.ObjectDefineProperty(globalThis, '__stepwise_boot', { value: boot, configurable: true, writable: false, enumerable: false });

// depd rewrites Error.stackTraceLimit while libraries load; V8 aborts when a
// context is created from a snapshot holding a rewritten one, and re-adds it.
P.ReflectDeleteProperty(Error, 'stackTraceLimit');
