package crosscheck.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}, from the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"crosscheck " + (version == null ? "(development)" : version)};
    }
}
