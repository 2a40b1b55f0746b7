import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';

/**
 * A weak mid-level file-sync session: whole files uploaded on every change, devices polling every
 * minute, last writer wins (so an offline edit is silently lost), one figure that decides nothing,
 * a bottleneck remedy that does not fit and trade-offs with no reason beyond a word.
 */
const weakMid: CalibrationSource = {
  name: 'file-sync-weak-mid',
  prompt: 'file-sync',
  tag: 'c030',
  make(p) {
    const s = solo(p, 'mid');
    s.ask('How many users do we have?', '50 million registered users, 10 million of them active on a given day. An active user has about 2 devices connected: usually a laptop and a phone, sometimes a second computer.', 0).wait(0.6);
    s.note({ list: 'functional', text: 'Upload files' }).wait(0.4);
    s.note({ list: 'functional', text: 'Files show up on the other devices' }).wait(0.4);
    s.note({ list: 'functional', text: 'Share a folder' }).wait(0.4);
    s.note({ list: 'non-functional', text: 'Fast', quality: 'latency' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Scalable', quality: 'scale' }).wait(2);
    s.enter('estimate').wait(0.4);
    const l: string[] = [];
    s.line('users = 50M', 'other', l).wait(0.6);
    s.line('storage = 50M * 10 GB', 'storage', l).wait(0.8);
    s.conclude('That is a lot of storage', l).wait(3);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /upload (file)', purpose: 'upload a file', main: true }).wait(1);
    s.note({ list: 'operation', signature: 'GET /files', purpose: 'list files', main: false }).wait(1);
    s.note({ list: 'operation', signature: 'GET /download/{id}', purpose: 'download', main: false }).wait(2);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'File', fields: 'id, user_id, name, content', store: 'relational database', why: 'SQL is reliable' }).wait(1.5);
    s.note({ list: 'entity', name: 'User', fields: 'id, email, password', store: 'relational database', why: 'users' }).wait(2.5);
    s.enter('high-level').wait(0.3);
    diagram(s, [['c', 'Desktop app'], ['m', 'Mobile app'], ['api', 'API server'], ['db', 'MySQL', 'ellipse'], ['s3', 'S3', 'ellipse']],
      [['c', 'api'], ['m', 'api'], ['api', 'db'], ['api', 's3']], 1);
    s.note({ list: 'narrative', text: 'The app uploads the whole file to the API server when it changes, which saves it to S3. Other devices ask the server every minute for the file list and download what is newer' }).wait(5);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Conflicts', decision: 'Last write wins by timestamp, the newest file overwrites the old one' }).wait(4);
    s.note({ list: 'deep-dive', component: 'Sharing', decision: 'A shares table with folder id and user id' }).wait(4);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Too many uploads', remedy: 'Add a Redis cache' }).wait(2);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Database', remedy: 'Use NoSQL' }).wait(2.5);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'S3', gaveUp: 'Own storage', because: 'easier' }).wait(1.5);
    s.note({ list: 'tradeoff', chose: 'Polling', gaveUp: 'WebSockets', because: 'simpler' }).wait(2);
    return s.end();
  },
};

export const sessions: readonly CalibrationSource[] = [weakMid];
