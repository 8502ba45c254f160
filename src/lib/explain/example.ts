/**
 * The command the /explain/ page explains before a reader types, with `{{image:nginx}}` for the
 * current example tag: one line of every shape the explainer decodes (a restart policy, a
 * published port, a relative bind mount, a named volume, an environment variable, a tagged image).
 */
export const EXAMPLE_COMMAND =
  'docker run -d --name web --restart unless-stopped -p 8080:80 -v ./site:/usr/share/nginx/html:ro -v logs:/var/log/nginx -e TZ=Europe/Berlin {{image:nginx}}';
