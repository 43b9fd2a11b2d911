/**
 * The address stage: gives each event of the grouping the address its page keeps from build to build, and lists
 * the old addresses that redirect to another event's page. Entry point: {@link crosscheck.address.Addresses#assign}.
 * May import: core, dates, ingest, clean, analyse, group.
 */
package crosscheck.address;
