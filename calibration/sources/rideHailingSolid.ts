import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';

/**
 * A solid mid-level ride-hailing session in the structured notes and the pad: location updates
 * sized and kept in a geo index, matching that cannot double-book a driver, a trip state machine in
 * a relational store. Surge pricing is only named and a region failure never comes up.
 */
const solidMid: CalibrationSource = {
  name: 'ride-hailing-solid-mid',
  prompt: 'ride-hailing',
  tag: 'c035',
  make(p) {
    const s = solo(p, 'mid');
    s.ask('How many rides per day?', 'About 20 million rides a day in some 600 cities worldwide, from roughly 100 million monthly riders. There are 5 million drivers, and about 1 million are online at the global peak.', 0).wait(0.4);
    s.ask('How often do drivers send their location?', 'Driver apps send a GPS fix every 4 seconds while online, about 100 bytes each (driver ID, latitude, longitude, heading, speed, timestamp). Riders send theirs only when requesting and while waiting. Matching may use positions up to about 10 seconds old.', 2).wait(0.4);
    s.ask('What is in scope?', 'In scope: fare estimate, requesting a ride, matching a driver, live tracking for both sides, the trip lifecycle, surge pricing, and computing the final fare. Out of scope: pooled rides, scheduled rides, food delivery, driver onboarding and payouts. Charging the card goes through an existing payments service, and routing and ETAs come from an internal maps service you may call.', 3).wait(0.4);
    s.ask('What latency do we need?', 'The request call should answer under 300 ms at p99 with \'searching\'. A driver should be matched within 10 seconds for 95% of requests where cars are nearby. A driver has 15 seconds to accept an offer. Position updates should reach the other party within 2 seconds.', 4).wait(0.4);
    s.ask('What consistency do we need?', 'A driver must never be assigned two riders at once, and a rider must never end up with two drivers or two charges. Trip state must not be lost once a driver accepted. Locations on the map are allowed to be a few seconds stale.', 5).wait(0.4);
    s.note({ list: 'functional', text: 'Rider sees a fare estimate and requests a ride' }).wait(0.2);
    s.note({ list: 'functional', text: 'Match the request to a nearby available driver, who accepts or declines' }).wait(0.2);
    s.note({ list: 'functional', text: 'Both sides track each other live during pickup and the trip' }).wait(0.2);
    s.note({ list: 'functional', text: 'Trip lifecycle to the final fare; charging via the payments service' }).wait(0.2);
    s.note({ list: 'out-of-scope', text: 'Pooled and scheduled rides, payouts, onboarding' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Match within 10 s for 95% of requests; request call < 300 ms p99', quality: 'latency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'A driver is never given two riders', quality: 'consistency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Requests 99.99% available', quality: 'availability' }).wait(0.8);
    s.enter('estimate').wait(0.3);
    const loc: string[] = [];
    const rides: string[] = [];
    const st: string[] = [];
    s.line('location_updates = 1M / 4 s', 'write-qps', loc).wait(0.4);
    s.line('location_bw = 1M / 4 s * 100 B', 'bandwidth', loc).wait(0.4);
    s.line('rides = 20M/day', 'write-qps', rides).wait(0.3);
    s.line('peak_rides = 20M/day * 3', 'peak-qps', rides).wait(0.3);
    s.line('trip_storage = 20M/day * 5 year * 2 KB', 'storage', st).wait(0.4);
    s.conclude('250K location writes/s is the heavy load: keep current positions in memory (Redis geo), not in the trip database', loc).wait(0.5);
    s.conclude('700 ride requests/s at peak is small: one relational database handles the trips', rides).wait(0.4);
    s.conclude('73 TB of trips over 5 years: partition the trips table by city and month', st).wait(1.5);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /v1/rides {pickup, dropoff, quoteId} -> {rideId, status: searching}', purpose: 'Request a ride', main: true }).wait(0.5);
    s.note({ list: 'operation', signature: 'GET /v1/quotes?pickup&dropoff -> {quoteId, price, expiresAt}', purpose: 'Fare estimate', main: false }).wait(0.5);
    s.note({ list: 'operation', signature: 'WS /v1/drivers/location {lat, lng, ts} every 4 s', purpose: 'Driver position updates', main: false }).wait(0.5);
    s.note({ list: 'operation', signature: 'POST /v1/offers/{id}/accept -> 200 | 409 if already taken', purpose: 'Driver accepts an offer', main: false }).wait(0.5);
    s.note({ list: 'operation', signature: 'GET /v1/rides/{id}', purpose: 'Trip status and driver position for the rider', main: false }).wait(1);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Trip', fields: 'trip_id PK, rider_id, driver_id, status, pickup, dropoff, price, created_at', store: 'relational database', why: 'Status changes need transactions so a driver is never on two trips; a few hundred writes a second' }).wait(0.6);
    s.note({ list: 'entity', name: 'Driver location', fields: 'driver_id, lat, lng, status, ts', store: 'cache', why: 'Redis GEOADD per city, 250K updates/s, only the latest position matters' }).wait(0.6);
    s.note({ list: 'entity', name: 'Driver', fields: 'driver_id PK, name, car, rating', store: 'relational database', why: 'Profile data, rarely changes' }).wait(1);
    s.enter('high-level').wait(0.3);
    diagram(s, [['ra', 'Rider app'], ['da', 'Driver app'], ['gw', 'API gateway', 'diamond'], ['ws', 'WebSocket gateway'], ['ls', 'Location service'], ['geo', 'Redis geo index', 'ellipse'],
      ['ds', 'Dispatch service'], ['ts', 'Trip service'], ['db', 'Postgres trips', 'ellipse'], ['maps', 'Maps service']],
    [['ra', 'gw'], ['da', 'ws'], ['ws', 'ls'], ['ls', 'geo'], ['gw', 'ts'], ['ts', 'ds'], ['ds', 'geo'], ['ds', 'ws'], ['ts', 'db'], ['ds', 'maps']], 0.5);
    s.note({ list: 'narrative', text: 'Drivers stream positions over the WebSocket gateway to the location service, which updates the Redis geo index. A rider request goes through the gateway to the trip service, which saves the trip as searching and asks dispatch for a driver. Dispatch searches the geo index around the pickup, ranks the nearest drivers by ETA from the maps service and sends an offer through the WebSocket gateway; the accept updates the trip in Postgres.' }).wait(4);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Matching', decision: 'Search the geohash cells around the pickup, widening the ring until there are 5 candidates; offer to the best one and lock the driver with a conditional update (status available -> offered) so a second dispatch cannot take the same driver; release after 15 s without an accept' }).wait(4);
    s.note({ list: 'deep-dive', component: 'Location updates', decision: 'Drivers keep one WebSocket open; the location service writes only the latest position per driver in Redis with a short TTL, so a driver who goes offline drops out of the index after 30 s' }).wait(3.5);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: '2.5M location writes/s on the Redis geo index', remedy: 'Shard the geo index by city (geohash prefix) across Redis nodes' }).wait(1.2);
    s.note({ list: 'bottleneck', scale: '10x', what: 'A stadium emptying: thousands of requests in a few cells', remedy: 'Batch the matching of requests in a cell every second instead of one by one' }).wait(1.5);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Redis geo index for positions', gaveUp: 'Durable storage of every position', because: 'Only the latest position matters and 250K writes/s would swamp a database; losing a few seconds of positions is allowed' }).wait(0.8);
    s.note({ list: 'tradeoff', chose: 'Postgres for trips', gaveUp: 'A NoSQL store', because: 'Transactions keep one driver on one trip, and 700 requests/s at peak is easy for it' }).wait(0.8);
    s.note({ list: 'risk', text: 'Surge pricing per area not designed yet' }).wait(0.6);
    return s.end();
  },
};

export const sessions: readonly CalibrationSource[] = [solidMid];
