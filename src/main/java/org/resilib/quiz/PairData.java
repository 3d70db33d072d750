package org.resilib.quiz;

public record PairData(String left, String right) {
}
