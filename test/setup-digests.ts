// Every test runs with the MD5 digests registered, as Node code does (src/protocol/digests.ts).
import '../src/protocol/digests-static.ts';
