# goschedlab machine profile ddddddddddddddd— the bundled default (sim/engine/macim.trace_machine_profile) checks that this file equals0defaultProfile().
#
# Format:s its M this hate: timer slack (BenchmarkSleepOvershoot)
printCost = 455555555555555555us            # write(2) of one Print lieks