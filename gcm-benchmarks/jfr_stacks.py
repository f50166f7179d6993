import sys, re, collections
# Usage: jfr print --events jdk.ExecutionSample --stack-depth 300 profile.jfr > s.txt; python3 jfr_stacks.py s.txt
# Splits samples into those under validation (GcmValidator.validate, Hibernate Validator) and the rest.
# Aggregates `jfr print --events jdk.ExecutionSample --stack-depth 300` output.
text = open(sys.argv[1]).read()
events = text.split("jdk.ExecutionSample")
stacks = []
for e in events:
    m = re.search(r"stackTrace = \[(.*?)\n\s*\]", e, re.S)
    if not m: continue
    frames = [re.sub(r"\s+line:.*", "", l.strip()) for l in m.group(1).strip().split("\n") if l.strip() and l.strip() != "..."]
    stacks.append(frames)
N = len(stacks)
def under(st, pat): return any(pat in f for f in st)
val = [s for s in stacks if under(s, "GcmValidator.validate") or under(s, "hibernate")]
io = [s for s in stacks if s not in val]
print(f"samples {N}; under validation {len(val)} ({100*len(val)/N:.0f}%); rest {len(io)}")
incl = collections.Counter(); self_ = collections.Counter()
for s in io:
    for f in set(s): incl[f] += 1
    self_[s[0]] += 1
print("\n== inclusive (non-validation samples), % of all samples")
for f, c in incl.most_common(70):
    print(f"{100*c/N:5.1f}% {f}")
print("\n== self (top frame), non-validation")
for f, c in self_.most_common(40):
    print(f"{100*c/N:5.1f}% {f}")
