// Scenario: The Kubernetes 100m CPU limit and GOMAXPROCS
// Topic: gomaxprocs
// Lesson: Myth: a pod with limits.cpu=100m runs Go with GOMAXPROCS=1. Kubernetes never
//   sets GOMAXPROCS; it only writes the CFS quota (cpu.max "10000 100000"). What the
//   program sees depends on the Go version: up to Go 1.24 the default is NumCPU (the
//   affinity mask: 16 on a 16-CPU node, quota ignored); Go 1.25+ (go.mod go >= 1.25)
//   uses min(NumCPU, max(2, ceil(quota))) = 2 and re-checks every second; uber-go/
//   automaxprocs floors the quota with a minimum of 1, giving 1. A GOMAXPROCS=n
//   environment variable wins over all of them. NumCPU never reflects the quota.
//   A small quota does not serialize execution either: it limits CPU time per 100 ms
//   period, not parallelism. Try --go 1.24, --go 1.25 and --maxprocs-policy automaxprocs.
// Config: cpus=16 quota=0.1 go=1.25

package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Printf("gomaxprocs=%d numcpu=%d\n", runtime.GOMAXPROCS(0), runtime.NumCPU())
}
