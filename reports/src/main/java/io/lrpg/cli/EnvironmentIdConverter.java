package io.lrpg.cli;

import io.lrpg.envs.EnvironmentId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses environment names at the command-line edge ({@link EnvironmentId#parse}). */
final class EnvironmentIdConverter implements ITypeConverter<EnvironmentId> {

    @Override
    public EnvironmentId convert(String value) {
        try {
            return EnvironmentId.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
