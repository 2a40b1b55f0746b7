/**
 * A `reference` block meeting every minimum docs/prompt-format.md states, as YAML to append
 * to a test prompt's front matter. Tests break it with a string replace and look for the line.
 */
export const REFERENCE_YAML = `
reference:
  functional:
    - text: Post a comment under an article
      core: true
    - text: Reply to a comment
      core: true
    - text: List comments newest first
      core: true
    - text: Hide a comment as a moderator
  qualities:
    - quality: latency
      target: first page within 200 ms at p99
    - quality: availability
      target: reads up 99.9% of the time
    - quality: durability
      target: a saved comment is on 3 replicas
  api:
    - signature: GET /articles/{id}/comments
      does: lists comments
      main: true
    - signature: POST /articles/{id}/comments
      does: posts a comment
    - signature: DELETE /comments/{id}
      does: deletes a comment
  entities:
    - name: Comment
      fields: [comment_id, article_id, text]
      store: wide-column store
      why: read by article, newest first
    - name: Count
      fields: [article_id, count]
      store: cache
      why: read on every page
    - name: User
      fields: [user_id, name]
      store: relational database
      why: small and consistent
  bottlenecks:
    - what: Popular first pages
      breaks: the comments store
      remedies: [cache the first page]
    - what: Viral article partition
      breaks: one partition
      remedies: [split hot keys]
    - what: Storage growth
      breaks: disks
      remedies: [move old data to object storage]
  terms: [comment, reply, thread, article, newest first, cursor, pagination, moderation, hide, author, like, count, page, parent, nested]`;
