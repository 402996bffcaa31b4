/**
 * Whether a text meant for a person carries something internal: an exception or class name,
 * a stack frame, a host and port, a URL, a field key. Such a text is not shown; the caller
 * shows its own plain words instead.
 */
const INTERNAL = [
  /\b[A-Za-z]\w*(?:Exception|Error)\b/, // IOException, java.net.ConnectException, TypeError
  /\b[a-z]\w*(?:\.[a-z]\w*){2,}\.[A-Z]\w*/, // io.netty.channel.AbstractChannel
  /\bat [\w$.]+\([\w$]+\.java:\d+\)/, // stack frames
  /\bhttps?:\/\//i,
  /\blocalhost\b|\b\d{1,3}(?:\.\d{1,3}){3}\b/i, // hosts
  /\b[a-z][\w.-]*[a-z]:\d{2,5}\b/i, // host:port (a time such as 10:30 is not)
  /\b(?:premises|address|reporter)\.[a-z]\w*/, // field paths
  /\b[a-z]+(?:[A-Z][a-z]+)+\.[a-z]+(?:[A-Z][a-z]+)*\b/, // camelCase.paths
  /\bdocument:[A-Z_]+\b/,
];

export function looksInternal(text: string | undefined | null): boolean {
  return !!text && INTERNAL.some((pattern) => pattern.test(text));
}
