import { candidate } from '../language/evidence';
import { primaryFindings } from '../language/storage-context';
import type { Candidate, Extractor, RegionCode } from '../claims/types';

const FIELD = 'dataRegion';

/**
 * dataRegion: the regions where customer data is primarily stored, one candidate per storage statement
 * (an array; the resolver unions the confident ones). Areas count without a country ("the EU", "EEA").
 */
export const extractor: Extractor<RegionCode[]> = {
  meta: {
    id: 'data-region',
    field: FIELD,
    version: 4,
    description: 'Regions of primary data storage (EU, US, UK, ...), from storage statements, location labels and hosting table rows',
  },
  extract(page) {
    const out: Candidate<RegionCode[]>[] = [];
    for (const f of primaryFindings(page)) {
      if (f.regions.length === 0) continue;
      out.push(candidate(FIELD, [...f.regions].sort(), f.evidence, f.confidence, f.reason));
    }
    return out;
  },
};

/*
 * Must read right:
 *   "Data is stored in US East (Virginia)."                                  -> US
 *   "lives on Postgres in Falkenstein, Germany (Hetzner FSN1)"               -> EU
 *   "Data is stored in the UK - we use AWS's Europe (London) region."        -> UK (not EU)
 *   "UK customers — data is stored in the UK (AWS eu-west-2)"                -> UK
 *   "Data residency All processing and storage takes place in the European Union." -> EU
 *   "We do not replicate or back up customer data outside the EU."           -> EU
 *   "Customer data is stored in data centres worldwide." (nothing more specific on the page) -> GLOBAL
 *   "Region | Location | Availability" / "United Kingdom | London | Default for GBP accounts" (under a residency heading) -> UK
 *   "Employers headquartered in Canada can elect to have their workspace provisioned in our Canadian region" -> CA
 * Must not be fooled by:
 *   "The US-East and APAC probe instances are stateless"; "Cloudflare ... global edge locations";
 *   "Slack | Platform integration | US"; "We are based in Belgium (EU)"; "Legal entity: ..., Belgium";
 *   "in compliance with the U.K. Data Protection Act"; "certified under the CH/EU-US Privacy Shield";
 *   "needing all data to remain within the EU ... contact your account manager"; "hosted on AWS";
 *   "Static files are cached at edge locations worldwide" (not GLOBAL); "backups are stored in Switzerland" (ranks low);
 *   "our email partner runs servers in the US and the EU to keep deliverability high around the world" (not GLOBAL);
 *   "with a warm standby in US West (Oregon)" (a copy); "Our help-desk tool is also US-hosted"; "EU residency is on our roadmap".
 */
