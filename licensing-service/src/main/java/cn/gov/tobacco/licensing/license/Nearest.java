package cn.gov.tobacco.licensing.license;

/**
 * A licensed outlet and its distance in metres.
 *
 * @param name its license number and business name
 * @param metres how far
 */
public record Nearest(String name, double metres) {

}
