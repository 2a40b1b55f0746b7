import { Plan } from './plan';

/**
 * The plans that ship with the app, one per method in the seeds. Every one lasts 45 minutes and
 * spends the most time on the high-level diagram and the deep dive, where an interview is won.
 * All wording here is the app's own.
 */

export const DEFAULT_PLAN_ID = 'eight-steps';

const eightSteps = Plan.parse({
  id: 'eight-steps',
  name: 'Eight steps (default)',
  description:
    'A full loop from questions to trade-offs in which every decision is pushed out of measured constraints, and any step may send you back to an earlier one.',
  builtin: true,
  phases: [
    {
      id: 'clarify',
      title: 'Clarify scope',
      kind: 'clarify',
      minutes: 5,
      guidance: [
        'Who uses it, and what can they do with it?',
        'Which features are in this version, and which are you leaving out on purpose?',
        'How many people use it today, and how many will in a year or two?',
        'What latency, downtime and data loss, if any, can it tolerate?',
        'Are there budget or regulatory limits the design must respect?',
      ],
      produces: 'A short list of what the system does and does not do, plus the quality targets it must meet.',
    },
    {
      id: 'estimate',
      title: 'Estimate',
      kind: 'estimate',
      minutes: 5,
      guidance: [
        'Daily users times actions per user, divided by about 10^5 seconds: what is the average QPS?',
        'At 2 to 5 times the average, what peak will you plan for?',
        'How many reads for each write?',
        'How big is one record, and how much storage piles up in a year?',
        'Which of reads, writes, storage or bandwidth breaks first, and what does that tell you?',
      ],
      produces: 'Rough request rates, read/write ratio and storage growth, each tied to a design conclusion.',
    },
    {
      id: 'api',
      title: 'API',
      kind: 'api',
      minutes: 4,
      guidance: [
        'Which actions can callers outside the system perform?',
        'Which one or two actions are the busiest, and will you make them the focus?',
        'What does each main call take in and give back?',
        'Which calls read and which write?',
      ],
      produces: 'A short list of calls with their inputs and outputs, and the main path you will design for.',
    },
    {
      id: 'data',
      title: 'Data model',
      kind: 'data',
      minutes: 4,
      guidance: [
        'What are the core entities, and how do they relate?',
        'How is each kind of data read and written: by key, by relation, in bulk, by range?',
        'Which kind of store suits each: relational, key-value, document, cache or object storage?',
        'What key would you look each record up by, or split it on later?',
      ],
      produces: 'Entities with their relationships and a chosen store for each kind of data, with a reason.',
    },
    {
      id: 'high-level',
      title: 'High-level diagram',
      kind: 'high-level',
      minutes: 9,
      guidance: [
        'What sits outside your system: users, third-party services, other systems?',
        'Which five or six boxes are enough to carry every main call from end to end?',
        'Can you trace one read and one write through the diagram?',
        'Does every box serve a call from your API list?',
        'Where do the read path and the write path part ways?',
      ],
      produces: 'A coarse diagram of a handful of components with the data flow of every main call marked.',
    },
    {
      id: 'deep-dive',
      title: 'Deep dive',
      kind: 'deep-dive',
      minutes: 9,
      guidance: [
        'Which one or two components would hurt most if they were designed badly?',
        'Which number from your estimate puts the most pressure on that component?',
        'What pattern answers its problem: a cache, a queue, splitting reads from writes, events?',
        'How does it behave when a dependency is slow or down?',
        'Would the person interviewing you pick the same component, and have you asked them?',
      ],
      produces: 'A detailed design of the critical component, each choice justified by a constraint found earlier.',
    },
    {
      id: 'bottlenecks',
      title: 'Bottlenecks',
      kind: 'bottlenecks',
      minutes: 5,
      guidance: [
        'If traffic grew a hundredfold, what would fail first, and then second?',
        'Which single points of failure remain?',
        'Does each fix target the bottleneck your numbers predicted, not a generic one?',
        'How would you shard, replicate or cache to push each limit back?',
      ],
      produces: 'A ranked list of what breaks as load grows, each paired with a specific fix.',
    },
    {
      id: 'tradeoffs',
      title: 'Trade-offs and wrap-up',
      kind: 'tradeoffs',
      minutes: 4,
      guidance: [
        'For each major choice, what did you give up, and why was it worth it?',
        'Which of your assumptions is shakiest, and what happens to the design if it fails?',
        'What is still open, and how would you settle it?',
        'Can you sum up the design in three sentences?',
      ],
      produces: 'A list of the choices made and their costs, the riskiest assumptions and the open questions.',
    },
  ],
});

const sixSteps = Plan.parse({
  id: 'six-steps',
  name: 'Six steps',
  description:
    'A compact method that pins down the interface and data before sizing, then folds bottlenecks and trade-offs into one long detailed-design step.',
  builtin: true,
  phases: [
    {
      id: 'scope',
      title: 'Scope the problem',
      kind: 'clarify',
      minutes: 6,
      guidance: [
        'Why does this system need to exist, and who is it for?',
        'Which actions can users take, and what will they see or browse?',
        'What goes in and out of each request, and how large may it get?',
        'Which features push updates to users, and which wait to be asked?',
        'Which clients must it serve: web, mobile, desktop, command line, other services?',
      ],
      produces: 'A clear statement of users, features and clients, with the ambiguities settled.',
    },
    {
      id: 'api',
      title: 'Interface (API)',
      kind: 'api',
      minutes: 5,
      guidance: [
        'What calls make up the contract, and what does each take and return?',
        'Which calls read and which write, and which will carry the most traffic?',
        'How do callers page through lists or handle errors?',
      ],
      produces: 'An API contract for the main calls, with the read and write calls told apart.',
    },
    {
      id: 'data',
      title: 'Data model',
      kind: 'data',
      minutes: 5,
      guidance: [
        'Which entities does the system store, and what fields does each carry?',
        'How do the entities relate to one another?',
        'Can every feature in scope be served from these entities?',
        'Which data has no fixed shape, such as media, logs or free text?',
        'Will the schema stay put, or must it bend as features change?',
      ],
      produces: 'Entities, attributes and relationships that cover every feature in scope.',
    },
    {
      id: 'sizing',
      title: 'Sizing',
      kind: 'estimate',
      minutes: 5,
      guidance: [
        'How many creates, reads and lists per second, on average and at peak?',
        'What is the ratio of reads to writes?',
        'How much storage does each kind of data need: IDs, text, images, video?',
        'How much bandwidth is used, and where in the world are the users?',
      ],
      produces: 'Request rates, read/write ratio, storage and bandwidth figures to size the design against.',
    },
    {
      id: 'high-level',
      title: 'High-level design',
      kind: 'high-level',
      minutes: 10,
      guidance: [
        'Which core components does every feature need, from client to storage?',
        'Can you walk each main call through the diagram from end to end?',
        'Where does data enter, where is it stored, and how does it get back out?',
      ],
      produces: 'An end-to-end diagram of the core components that serves every feature in scope.',
    },
    {
      id: 'detailed-design',
      title: 'Detailed design',
      kind: 'deep-dive',
      minutes: 14,
      guidance: [
        'Which components are single points of failure, and how would you remove them?',
        'What threatens availability and data integrity, and do you need a recovery plan?',
        'How will you partition the data, balance load and cache hot reads?',
        'For each key component, what other design did you weigh, and why did you reject it?',
        'What new problems does your chosen approach bring with it?',
        'What will you measure and alert on to see each component is healthy?',
      ],
      produces: 'A refined design with its risks reduced, the alternatives weighed and a plan for watching its health.',
    },
  ],
});

const sevenSteps = Plan.parse({
  id: 'seven-steps',
  name: 'Seven steps',
  description:
    'A requirements-first method that separates functional, non-functional and nice-to-have needs and closes with a separate hunt for bottlenecks.',
  builtin: true,
  phases: [
    {
      id: 'requirements',
      title: 'Clarify requirements',
      kind: 'clarify',
      minutes: 6,
      guidance: [
        'Which features must the system offer?',
        'Which unusual inputs or situations must the design cope with?',
        'What latency, availability and consistency must it meet?',
        'Which extras, like analytics or health dashboards, are nice to have rather than required?',
      ],
      produces: 'Functional, non-functional and nice-to-have requirements, listed apart.',
    },
    {
      id: 'estimate',
      title: 'Estimation and constraints',
      kind: 'estimate',
      minutes: 5,
      guidance: [
        'How many users and daily actions must the system carry?',
        'What request rate do you expect on an ordinary day, and in the busiest hour?',
        'How many reads are there for every write?',
        'How much storage does it fill over five years?',
      ],
      produces: 'Scale, request rate, read/write ratio and storage numbers that bound the design.',
    },
    {
      id: 'data',
      title: 'Data model',
      kind: 'data',
      minutes: 5,
      guidance: [
        'Which things does the system keep records of?',
        'Which of them point to which, and is each link one-to-many or many-to-many?',
        'How many tables or collections do you need, and what are their keys?',
        'Does a relational or a NoSQL store fit the way this data is used better?',
      ],
      produces: 'A schema of entities, keys and relationships, with the type of database chosen.',
    },
    {
      id: 'api',
      title: 'API design',
      kind: 'api',
      minutes: 4,
      guidance: [
        'What functions does the system expose, with which parameters?',
        'What does each one return, and with which types?',
        'Which calls will the clients make most often?',
      ],
      produces: 'Signatures for the main calls, with parameters and return types.',
    },
    {
      id: 'high-level',
      title: 'High-level design',
      kind: 'high-level',
      minutes: 10,
      guidance: [
        'Which components do you need: load balancer, gateway, services, stores?',
        'Would one service do, or are separate services worth the extra cost here?',
        'Which type of database sits behind each service?',
        'Does a request for each main feature flow through the diagram without gaps?',
      ],
      produces: 'A first diagram of the system showing its components and how requests flow between them.',
    },
    {
      id: 'detailed-design',
      title: 'Detailed design',
      kind: 'deep-dive',
      minutes: 10,
      guidance: [
        'On what key will you split the data across machines?',
        'How is load spread across machines?',
        'What should be cached, and where?',
        'If traffic jumps tenfold within a minute, what absorbs the surge?',
      ],
      produces: 'A closer design of the main components covering partitioning, load spreading, caching and spikes.',
    },
    {
      id: 'bottlenecks',
      title: 'Bottlenecks',
      kind: 'bottlenecks',
      minutes: 5,
      guidance: [
        'Which component, if it failed alone, would take the whole system down?',
        'How many database replicas do the load and failover call for?',
        'Must the database be sharded, and on which key?',
        'What keeps the cache available when a cache node fails?',
      ],
      produces: 'The weak points of the design, each with a way to make it more robust.',
    },
  ],
});

const fifteenPointChecklist = Plan.parse({
  id: 'fifteen-point-checklist',
  name: 'Fifteen-point checklist',
  description:
    'A broad checklist that makes sure nothing is skipped, with caching, async work, security and monitoring folded into the phases where they belong.',
  builtin: true,
  phases: [
    {
      id: 'problem-and-scope',
      title: 'Problem and scope',
      kind: 'clarify',
      minutes: 5,
      guidance: [
        'Covers items 1 and 2. What are the functional and non-functional requirements?',
        'What limits apply to scale, latency and consistency?',
        'Which features are core, and which are optional?',
        'Where is the boundary of what you will design today?',
      ],
      produces: 'Requirements, constraints and a boundary separating core features from optional ones.',
    },
    {
      id: 'estimate',
      title: 'Back-of-the-envelope estimate',
      kind: 'estimate',
      minutes: 4,
      guidance: [
        'Covers item 3. How many users, and how many requests per second at peak?',
        'How much storage and bandwidth will the system need?',
        'Which of these numbers steers your technology choices?',
      ],
      produces: 'Users, QPS, storage and bandwidth figures, each tied to a design direction.',
    },
    {
      id: 'api',
      title: 'APIs',
      kind: 'api',
      minutes: 3,
      guidance: [
        'Covers item 4. What are the key calls of the main components?',
        'Who calls them: which clients, and which outside systems?',
        'What does each call take and return?',
      ],
      produces: 'A draft of the key calls and who makes them.',
    },
    {
      id: 'data-and-storage',
      title: 'Data model and database',
      kind: 'data',
      minutes: 5,
      guidance: [
        'Covers items 7 and 10. Is the schema relational or document-based, and why?',
        'Which indexes do the main queries need?',
        'How will data be partitioned and replicated?',
        'What consistency do you need, and what does CAP make you give up for it?',
        'What do the read and write patterns look like?',
      ],
      produces: 'A schema with indexes, a chosen database and consistency model, and a plan for partitions and replicas.',
    },
    {
      id: 'high-level',
      title: 'High-level design',
      kind: 'high-level',
      minutes: 8,
      guidance: [
        'Covers item 5. Which main components do you need: frontend, backend, database, cache, queue?',
        'How do they talk to one another?',
        'Can you follow a main request through the diagram from client to storage and back?',
      ],
      produces: 'A basic architecture diagram of the main components and how they interact.',
    },
    {
      id: 'deep-dive-components',
      title: 'Deep dive: components and caching',
      kind: 'deep-dive',
      minutes: 7,
      guidance: [
        'Covers items 6 and 9. For each major component, why this choice over the alternatives?',
        'Where is a synchronous call right, and where would asynchronous be better?',
        'What will you cache, and where: query results, API responses, the edge?',
        'How long may cached data live, and what gets evicted first?',
      ],
      produces: 'A justified design of each major component, with a caching strategy covering placement, expiry and eviction.',
    },
    {
      id: 'deep-dive-async-security',
      title: 'Deep dive: async work and security',
      kind: 'deep-dive',
      minutes: 5,
      guidance: [
        'Covers items 11 and 12. Which tasks can leave the request path for queues, workers or schedulers?',
        'How are users authenticated, and who may do what?',
        'Is data encrypted at rest and in transit?',
        'Where do you rate-limit and validate input?',
      ],
      produces: 'A list of background jobs and their queues, plus the access, encryption and abuse controls.',
    },
    {
      id: 'scale-reliability',
      title: 'Scale, reliability and monitoring',
      kind: 'bottlenecks',
      minutes: 5,
      guidance: [
        'Covers items 8, 13 and the weak points of 14. Where would you scale out, and where up?',
        'Where do load balancers, cache layers and CDNs go?',
        'How do replication, retries and backups keep it running through failures?',
        'What logs, health checks and metrics tell you something is wrong?',
        'What is the weakest point that remains?',
      ],
      produces: 'A plan for scaling and surviving failures, the signals that show trouble, and the weak points left.',
    },
    {
      id: 'tradeoffs-wrap-up',
      title: 'Trade-offs and wrap-up',
      kind: 'tradeoffs',
      minutes: 3,
      guidance: [
        'Covers items 14 and 15. Which decisions cost you something, and why were they worth it?',
        'How would you sum up the design in a few sentences?',
        'What questions remain open, and what would you improve next?',
      ],
      produces: 'A brief summary of the design with its trade-offs, open questions and next improvements.',
    },
  ],
});

export const builtinPlans: readonly Plan[] = [eightSteps, sixSteps, sevenSteps, fifteenPointChecklist];
