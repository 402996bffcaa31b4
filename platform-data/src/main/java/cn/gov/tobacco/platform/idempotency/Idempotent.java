package cn.gov.tobacco.platform.idempotency;

/**
 * A result and whether it is a replay of an earlier request.
 *
 * @param <T> the result type
 * @param value the result
 * @param replayed whether the work was done by an earlier request with the same key
 */
public record Idempotent<T>(T value, boolean replayed) {

}
