<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Divergence</name>
    <message>
        <source>(the run had ended)</source>
        <translation>（该运行已结束）</translation>
    </message>
</context>
<context>
    <name>GoroutineSteps</name>
    <message>
        <source>a variable</source>
        <translation>某个变量</translation>
    </message>
    <message>
        <source>loaded %1</source>
        <translation>已读取 %1</translation>
    </message>
    <message>
        <source>stored %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>atomically loaded %1</source>
        <translation>已原子读取 %1</translation>
    </message>
    <message>
        <source>atomically updated %1</source>
        <translation>已原子更新 %1</translation>
    </message>
    <message>
        <source>sent on channel #%1</source>
        <translation>已向通道 #%1 发送</translation>
    </message>
    <message>
        <source>received from channel #%1</source>
        <translation>已从通道 #%1 接收</translation>
    </message>
    <message>
        <source>closed channel #%1</source>
        <translation>已关闭通道 #%1</translation>
    </message>
    <message>
        <source>select took default</source>
        <translation>select 走了 default 分支</translation>
    </message>
    <message>
        <source>select chose case %1</source>
        <translation>select 选择了分支 %1</translation>
    </message>
    <message>
        <source>locked mutex #%1</source>
        <translation>已锁定互斥锁 #%1</translation>
    </message>
    <message>
        <source>unlocked mutex #%1</source>
        <translation>已解锁互斥锁 #%1</translation>
    </message>
    <message>
        <source>locked #%1</source>
        <translation>已锁定 #%1</translation>
    </message>
    <message>
        <source>unlocked #%1</source>
        <translation>已解锁 #%1</translation>
    </message>
    <message>
        <source>called wg.Done</source>
        <translation>调用了 wg.Done</translation>
    </message>
    <message>
        <source>called wg.Add(%1)</source>
        <translation>调用了 wg.Add(%1)</translation>
    </message>
    <message>
        <source>wg.Wait returned</source>
        <translation>wg.Wait 已返回</translation>
    </message>
    <message>
        <source>finished once.Do</source>
        <translation>once.Do 已完成</translation>
    </message>
    <message>
        <source>between the load and the store of %1</source>
        <translation>处于 %1 的读取与写入之间</translation>
    </message>
    <message>
        <source>running on P%1</source>
        <translation>在 P%1 上运行</translation>
    </message>
    <message>
        <source>runnable</source>
        <translation>可运行</translation>
    </message>
    <message>
        <source>in a syscall</source>
        <translation>在系统调用中</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>已阻塞</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>已阻塞：%1</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes the next time goschedlab starts.</source>
        <translation>语言将在下次启动 goschedlab 时生效。</translation>
    </message>
</context>
<context>
    <name>Prediction</name>
    <message>
        <source>%1 started %2 directly.</source>
        <translation>%1 直接开始运行 %2。</translation>
    </message>
    <message>
        <source>%1 took %2 from its runnext slot: findRunnable checks runnext first, so the goroutine readied most recently by this P runs before older ones in the queue (and inherits the time slice).</source>
        <translation>%1 从它的 runnext 槽取出了 %2：findRunnable 首先检查 runnext，因此这个 P 最近唤醒（或创建）的 goroutine 会先于队列中较早的 goroutine 运行（并继承剩余的时间片）。</translation>
    </message>
    <message>
        <source>%1 took %2 from the head of its local run queue: runnext was empty, and the local queue is first-in first-out.</source>
        <translation>%1 从本地运行队列的队头取出了 %2：runnext 为空，而本地队列是先进先出的。</translation>
    </message>
    <message>
        <source>%1 took %2 from the global run queue: its local queue was empty, or this was the 61st schedule tick, when the global queue is checked first so it cannot starve.</source>
        <translation>%1 从全局运行队列取出了 %2：它的本地队列为空，或者这是第 61 次调度，此时会优先检查全局队列，以免其中的 goroutine 饿死。</translation>
    </message>
    <message>
        <source>%1 had nothing to run and stole %2 from P%3: an idle P steals half of another P's local queue.</source>
        <translation>%1 没有可运行的 goroutine，于是从 P%3 窃取了 %2：空闲的 P 会窃取另一个 P 本地队列的一半。</translation>
    </message>
</context>
<context>
    <name>SchedGame</name>
    <message>
        <source>read %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>写入 %1</translation>
    </message>
    <message>
        <source>atomically read %1</source>
        <translation>原子读取 %1</translation>
    </message>
    <message>
        <source>atomically update %1</source>
        <translation>原子更新 %1</translation>
    </message>
    <message>
        <source>start a goroutine (go statement)</source>
        <translation>启动一个 goroutine（go 语句）</translation>
    </message>
    <message>
        <source>send on a channel</source>
        <translation>向通道发送</translation>
    </message>
    <message>
        <source>receive from a channel</source>
        <translation>从通道接收</translation>
    </message>
    <message>
        <source>close a channel</source>
        <translation>关闭通道</translation>
    </message>
    <message>
        <source>select</source>
        <translation>执行 select</translation>
    </message>
    <message>
        <source>call wg.Done()</source>
        <translation>调用 wg.Done()</translation>
    </message>
    <message>
        <source>call wg.Add(%1)</source>
        <translation>调用 wg.Add(%1)</translation>
    </message>
    <message>
        <source>call wg.Wait()</source>
        <translation>调用 wg.Wait()</translation>
    </message>
    <message>
        <source>lock a mutex</source>
        <translation>锁定互斥锁</translation>
    </message>
    <message>
        <source>unlock a mutex</source>
        <translation>解锁互斥锁</translation>
    </message>
    <message>
        <source>print</source>
        <translation>打印输出</translation>
    </message>
    <message>
        <source>return (the goroutine ends)</source>
        <translation>返回（该 goroutine 结束）</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>call runtime.Gosched()</source>
        <translation>调用 runtime.Gosched()</translation>
    </message>
    <message>
        <source>take its next step</source>
        <translation>执行下一步</translation>
    </message>
    <message>
        <source>This scenario has no Correct line: schedule freely and watch what happens.</source>
        <translation>该场景没有 Correct 行：自由调度，观察会发生什么。</translation>
    </message>
    <message>
        <source>Make Wait return early: main's wg.Wait() returns before every goroutine has run (ran &lt; 3).</source>
        <translation>让 Wait 提前返回：main 的 wg.Wait() 在所有 goroutine 运行之前就返回（ran &lt; 3）。</translation>
    </message>
    <message>
        <source>Lose an update: switch goroutines between the read and the write of counter++, so the total ends below 200000.</source>
        <translation>丢失一次更新：在 counter++ 的读取与写入之间切换 goroutine，使总数小于 200000。</translation>
    </message>
    <message>
        <source>Make the bug show: reach an outcome that does not match Correct: %1</source>
        <translation>让缺陷显现：得到一个不匹配 Correct 的结果：%1</translation>
    </message>
    <message>
        <source>P%1.runnext</source>
        <translation>P%1.runnext</translation>
    </message>
    <message>
        <source>P%1 local queue #%2</source>
        <translation>P%1 本地队列 #%2</translation>
    </message>
    <message>
        <source>global queue #%1</source>
        <translation>全局队列 #%1</translation>
    </message>
    <message>
        <source>P%1.runnext (steal)</source>
        <translation>P%1.runnext（窃取）</translation>
    </message>
    <message>
        <source>P%1 local queue #%2 (steal)</source>
        <translation>P%1 本地队列 #%2（窃取）</translation>
    </message>
    <message>
        <source>The scenario does not compile.</source>
        <translation>该场景无法编译。</translation>
    </message>
    <message>
        <source>The Correct regex is invalid: %1</source>
        <translation>Correct 正则表达式无效：%1</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>gsl::ui::BlockedModel</name>
    <message>
        <source>blocked forever</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>may be woken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Waits on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gsl::ui::BudgetDialog</name>
    <message>
        <source>Run budgets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A run stops cleanly when it exceeds one of these limits. The same limits are the CLI's --max-steps, --max-time, --max-goroutines and --max-events.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interpreted steps (--max-steps):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simulated time (--max-time, e.g. 60s):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live goroutines (--max-goroutines):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trace events (--max-events):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gsl::ui::BudgetGuard</name>
    <message>
        <source>Raise budgets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run stopped at a budget; its trace ends there. Raise the limit in Run → Budgets…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gsl::ui::CfsChartView</name>
    <message>
        <source>CFS quota per period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CFS quota per period: this run had no CPU limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CFS quota per period: the run ended within its first period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPU time used (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>throttled (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quota %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CFS quota use per period: throttled in %1 of %2 periods%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (first %1 shown)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gsl::ui::ChartsPanel</name>
    <message>
        <source>Run queues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CFS quota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manifestation map</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gsl::ui::CompareWidget</name>
    <message>
        <source>first divergence</source>
        <translation>首次分歧</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — did not run</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 未能运行</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — GOMAXPROCS=%2, %3 events, exit status %4%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — GOMAXPROCS=%2，%3 个事件，退出状态 %4%5</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>what the goroutines do</source>
        <translation>goroutine 的行为</translation>
    </message>
    <message>
        <source>every scheduler move</source>
        <translation>每一次调度动作</translation>
    </message>
    <message>
        <source>every event, times included</source>
        <translation>所有事件（含时间）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Which differences count. &lt;i&gt;What the goroutines do&lt;/i&gt;: creation, blocking, waking, every memory and sync operation, in order — P/M ids and times are ignored, so GOMAXPROCS=1 and 4 agree until the interleaving differs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;哪些差异算数。&lt;i&gt;goroutine 的行为&lt;/i&gt;：按顺序比较创建、阻塞、唤醒以及每一次内存与同步操作——忽略 P/M 编号和时间，因此 GOMAXPROCS=1 与 4 的运行在交错顺序出现不同之前都视为一致。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Align at the divergence</source>
        <translation>在分歧处对齐</translation>
    </message>
    <message>
        <source>Go to divergence</source>
        <translation>跳到分歧处</translation>
    </message>
    <message>
        <source>Both runs must succeed to be compared.</source>
        <translation>两次运行都必须成功才能比较。</translation>
    </message>
    <message>
        <source>The runs agree on all %1 compared events.</source>
        <translation>两次运行在全部 %1 个比较的事件上一致。</translation>
    </message>
    <message>
        <source>&lt;span style='color:%1'&gt;&lt;b&gt;First divergence&lt;/b&gt;&lt;/span&gt; after %2 matching events — &lt;b&gt;A&lt;/b&gt; event %3 at %4: %5; &lt;b&gt;B&lt;/b&gt; event %6 at %7: %8</source>
        <translation>&lt;span style='color:%1'&gt;&lt;b&gt;首次分歧&lt;/b&gt;&lt;/span&gt;出现在 %2 个一致的事件之后——&lt;b&gt;A&lt;/b&gt; 第 %3 个事件，时间 %4：%5；&lt;b&gt;B&lt;/b&gt; 第 %6 个事件，时间 %7：%8</translation>
    </message>
</context>
<context>
    <name>gsl::ui::CompareWindow</name>
    <message>
        <source>Compare runs — goschedlab</source>
        <translation>比较运行 — goschedlab</translation>
    </message>
    <message>
        <source>GOMAXPROCS 1 vs 4</source>
        <translation>GOMAXPROCS 1 对比 4</translation>
    </message>
    <message>
        <source>seed 1 vs 2</source>
        <translation>种子 1 对比 2</translation>
    </message>
    <message>
        <source>without vs with -race</source>
        <translation>不带与带 -race</translation>
    </message>
    <message>
        <source>Go 1.21 vs 1.22</source>
        <translation>Go 1.21 对比 1.22</translation>
    </message>
    <message>
        <source>no quota vs 0.5 cores</source>
        <translation>无配额对比 0.5 核</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>预设…</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A：</translation>
    </message>
    <message>
        <source>Configuration words applied to the current configuration for run A (e.g. gomaxprocs=1 seed=3 race=true)</source>
        <translation>在当前配置之上为运行 A 应用的配置项（例如 gomaxprocs=1 seed=3 race=true）</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B：</translation>
    </message>
    <message>
        <source>Run both</source>
        <translation>运行两者</translation>
    </message>
    <message>
        <source>Compare runs of %1 — goschedlab</source>
        <translation>比较 %1 的运行 — goschedlab</translation>
    </message>
    <message>
        <source>expected key=value, got "%1"</source>
        <translation>应为 key=value，实际为“%1”</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>无法运行：%1</translation>
    </message>
    <message>
        <source>Running both…</source>
        <translation>正在运行两者…</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
</context>
<context>
    <name>gsl::ui::ConfigPanel</name>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;GOMAXPROCS&lt;/b&gt;: how many Ps (the right to run Go code) exist. 'default' lets the runtime choose: Go 1.5–1.24 use the number of CPUs in the affinity mask and &lt;i&gt;ignore&lt;/i&gt; the cgroup quota; Go 1.25+ use min(CPUs, max(2, ceil(quota))). Setting the GOMAXPROCS environment variable or calling runtime.GOMAXPROCS always wins.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;GOMAXPROCS&lt;/b&gt;：存在多少个 P（运行 Go 代码的资格，即逻辑处理器）。“默认”由运行时决定：Go 1.5–1.24 使用亲和性掩码中的 CPU 数，并&lt;i&gt;忽略&lt;/i&gt; cgroup 配额；Go 1.25+ 使用 min(CPU 数, max(2, ceil(配额)))。设置 GOMAXPROCS 环境变量或调用 runtime.GOMAXPROCS 总是优先。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>GOMAXPROCS</source>
        <translation>GOMAXPROCS</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CPUs&lt;/b&gt;: logical CPUs in the process's affinity mask (what runtime.NumCPU reports). At most this many threads run at the same instant.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CPU 数&lt;/b&gt;：进程亲和性掩码中的逻辑 CPU 数（即 runtime.NumCPU 的返回值）。同一时刻最多有这么多线程在运行。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU 数</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>核数</translation>
    </message>
    <message>
        <source>cpu.max</source>
        <translation>cpu.max</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CPU quota&lt;/b&gt; (Linux CFS bandwidth, Kubernetes limits.cpu): CPU time per 100 ms period shared by every thread of the container. It limits CPU &lt;i&gt;time&lt;/i&gt;, not parallelism: when the quota is used up every thread is frozen until the next period (throttling). Kubernetes maps limits.cpu=500m to cpu.max "50000 100000".&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CPU 配额&lt;/b&gt;（Linux CFS 带宽控制，Kubernetes 的 limits.cpu）：容器内所有线程在每个 100 ms 周期内共享的 CPU 时间。它限制的是 CPU &lt;i&gt;时间&lt;/i&gt;而不是并行度：配额用完后，所有线程都会被冻结到下一个周期（即限流）。Kubernetes 把 limits.cpu=500m 映射为 cpu.max "50000 100000"。&lt;/p&gt;</translation>
    </message>
    <message>
        <source> cores</source>
        <translation> 核</translation>
    </message>
    <message>
        <source>&lt;p&gt;cgroup v2 &lt;b&gt;cpu.max&lt;/b&gt;: "$QUOTA $PERIOD" in µs, or "max" for no limit. Quota and period are at least 1 ms; the period is at most 1 s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;cgroup v2 的 &lt;b&gt;cpu.max&lt;/b&gt;：以微秒为单位的 "$QUOTA $PERIOD"，或 "max" 表示不限制。配额和周期至少为 1 ms，周期最多为 1 s。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>CPU quota</source>
        <translation>CPU 配额</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Go version&lt;/b&gt; whose runtime is modelled. 1.14+ preempt long-running goroutines asynchronously (signals); 1.22+ give each loop iteration its own variable; 1.25+ derive the default GOMAXPROCS from the cgroup CPU limit and update it while running.&lt;/p&gt;</source>
        <translation>&lt;p&gt;所模拟运行时的 &lt;b&gt;Go 版本&lt;/b&gt;。1.14+ 会异步（通过信号）抢占长时间运行的 goroutine；1.22+ 为每次循环迭代创建独立的循环变量；1.25+ 根据 cgroup 的 CPU 限制推导默认 GOMAXPROCS，并在运行中随之更新。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Go version</source>
        <translation>Go 版本</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>automaxprocs</source>
        <translation>automaxprocs</translation>
    </message>
    <message>
        <source>numcpu</source>
        <translation>numcpu</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;maxprocs policy&lt;/b&gt; for the default GOMAXPROCS. &lt;i&gt;runtime&lt;/i&gt;: what the selected Go version does. &lt;i&gt;automaxprocs&lt;/i&gt;: uber-go/automaxprocs sets floor(quota), at least 1, so any limit below 2 cores gives GOMAXPROCS=1. &lt;i&gt;numcpu&lt;/i&gt;: always the CPU count (Go ≤ 1.24).&lt;/p&gt;</source>
        <translation>&lt;p&gt;决定默认 GOMAXPROCS 的 &lt;b&gt;maxprocs 策略&lt;/b&gt;。&lt;i&gt;运行时&lt;/i&gt;：所选 Go 版本的行为。&lt;i&gt;automaxprocs&lt;/i&gt;：uber-go/automaxprocs 设为 floor(配额)，至少为 1，因此任何低于 2 核的限制都会得到 GOMAXPROCS=1。&lt;i&gt;numcpu&lt;/i&gt;：始终等于 CPU 数（Go ≤ 1.24）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>maxprocs policy</source>
        <translation>maxprocs 策略</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Seed&lt;/b&gt; of every random choice the simulated runtime makes (steal victim order, select case, cost jitter). Same file + configuration + seed = the same run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;模拟运行时所有随机选择（窃取目标的顺序、select 分支、开销抖动）的&lt;b&gt;随机种子&lt;/b&gt;。相同的文件 + 配置 + 种子 = 完全相同的运行。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>-race build</source>
        <translation>-race 构建</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Race detector&lt;/b&gt; (ThreadSanitizer): reports two accesses, one a write, not ordered by happens-before — independent of GOMAXPROCS. It also perturbs the scheduler: runnext is used only half the time and overflow batches are shuffled. Exit status 66 when a race is found.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;竞态检测器&lt;/b&gt;（ThreadSanitizer）：报告两次未被 happens-before 关系排序、且其中一次为写的访问——与 GOMAXPROCS 无关。它也会扰动调度器：runnext 只有一半的时间被使用，溢出批次会被打乱。发现竞态时退出状态为 66。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>实际生效</translation>
    </message>
    <message>
        <source>GOMAXPROCS = %1</source>
        <translation>GOMAXPROCS = %1</translation>
    </message>
    <message>
        <source>, cpu.max "%1 %2"</source>
        <translation>，cpu.max "%1 %2"</translation>
    </message>
</context>
<context>
    <name>gsl::ui::EventLogModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
</context>
<context>
    <name>gsl::ui::ExplorePanel</name>
    <message>
        <source>GOMAXPROCS values, comma-separated: one configuration each (crossed with the quotas)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPU quotas in cores (cpu.max quota / period), comma-separated; "none" = no limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seeds per configuration; each is one complete run of the scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GOMAXPROCS</source>
        <translation>GOMAXPROCS</translation>
    </message>
    <message>
        <source>CPU quota</source>
        <translation>CPU 配额</translation>
    </message>
    <message>
        <source>Runs per configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explore runs the scenario with many seeds per configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing to explore: no scenario is open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing to explore: the editor is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GOMAXPROCS: "%1" is not a number from 1 to 1024</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GOMAXPROCS: give at least one value, e.g. 1,2,4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPU quota: "%1" is neither "none" nor a number of cores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exploring %1 configuration(s) × %2 seeds…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exploration failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled after %1 runs (partial result).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 runs done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> The bug manifested in %1 of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Click a row to replay its witness seed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gsl::ui::ExploreWorker</name>
    <message>
        <source>the scenario does not compile</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gsl::ui::HeatmapChartView</name>
    <message>
        <source>Manifestation map (explore with a Correct regex)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no quota</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quota %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPU quota (cores)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bug manifestation rate, go%1 (white = never, red = every run)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gsl::ui::MainWindow</name>
    <message>
        <source>goschedlab</source>
        <translation>goschedlab</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源代码</translation>
    </message>
    <message>
        <source>Goroutines in source</source>
        <translation>源代码中的 goroutine</translation>
    </message>
    <message>
        <source>Run (F5)</source>
        <translation>运行 (F5)</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Lesson &amp; output</source>
        <translation>课程与输出</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>any G</source>
        <translation>任意 G</translation>
    </message>
    <message>
        <source>any P</source>
        <translation>任意 P</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>所有事件</translation>
    </message>
    <message>
        <source>goroutine life</source>
        <translation>goroutine 生命周期</translation>
    </message>
    <message>
        <source>queue moves</source>
        <translation>队列移动</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Go files (*.go)</source>
        <translation>Go 文件 (*.go)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Run scenario</source>
        <translation>运行场景(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>播放/暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>单步(&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation>后退一步(&amp;B)</translation>
    </message>
    <message>
        <source>To s&amp;tart</source>
        <translation>到开头(&amp;T)</translation>
    </message>
    <message>
        <source>To &amp;end</source>
        <translation>到结尾(&amp;E)</translation>
    </message>
    <message>
        <source>Run until a G &amp;blocks</source>
        <translation>运行到某个 G 阻塞(&amp;B)</translation>
    </message>
    <message>
        <source>Run until a P s&amp;teals</source>
        <translation>运行到某个 P 窃取(&amp;T)</translation>
    </message>
    <message>
        <source>Run until the &amp;outcome is decided</source>
        <translation>运行到结果确定(&amp;O)</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>加快</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>减慢</translation>
    </message>
    <message>
        <source>Toggle bookmark</source>
        <translation>切换书签</translation>
    </message>
    <message>
        <source>Next bookmark</source>
        <translation>下一个书签</translation>
    </message>
    <message>
        <source>Previous bookmark</source>
        <translation>上一个书签</translation>
    </message>
    <message>
        <source>&amp;Compare two runs…</source>
        <translation>比较两次运行(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Zoom timeline in</source>
        <translation>放大时间线</translation>
    </message>
    <message>
        <source>Zoom timeline out</source>
        <translation>缩小时间线</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About goschedlab</source>
        <translation>关于 goschedlab(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>engine error: %1
</source>
        <translation>引擎错误：%1
</translation>
    </message>
    <message>
        <source>[exit status %1]</source>
        <translation>[退出状态 %1]</translation>
    </message>
    <message>
        <source>%1 events, GOMAXPROCS=%2, exit status %3%4</source>
        <translation>%1 个事件，GOMAXPROCS=%2，退出状态 %3%4</translation>
    </message>
    <message>
        <source> — demo trace (engine not built)</source>
        <translation> — 演示轨迹（未构建引擎）</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>%1 error(s)</source>
        <translation>%1 个错误</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Correct outcome: %1&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;正确结果：%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>About goschedlab</source>
        <translation>关于 goschedlab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;goschedlab %1&lt;/h3&gt;&lt;p&gt;A laboratory for Go's M-P-G scheduler: a deterministic simulation of the runtime (runnext, local and global run queues, work stealing, sysmon, GOMAXPROCS and CFS quotas) you can step through.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;goschedlab %1&lt;/h3&gt;&lt;p&gt;Go M-P-G 调度器实验室：一个可以逐步执行的确定性运行时模拟（runnext、本地与全局运行队列、工作窃取、sysmon、GOMAXPROCS 与 CFS 配额）。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建（运行于 Qt %3）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1[*] — goschedlab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Budgets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;You are the scheduler</source>
        <translation>你来当调度器(&amp;Y)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>G%1 %2 (line %3)</source>
        <translation>G%1 %2（第 %3 行）</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读</translation>
    </message>
    <message>
        <source>Data race on %1: %2, then %3 — click to show the report</source>
        <translation>%1 上的数据竞争：%2，然后 %3 —— 点击查看报告</translation>
    </message>
    <message>
        <source>Races and bugs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gsl::ui::OutcomeChartView</name>
    <message>
        <source>Outcome distribution (run an exploration)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no output)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ✓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ✗ bug</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other outcomes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>share of runs (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome distribution per configuration (cancelled: partial)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome distribution per configuration (whiskers: Wilson 95 % interval)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gsl::ui::OutcomeModel</name>
    <message>
        <source>(no output)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> [exit %1]</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> [%n race report(s)]</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Click to replay seed %1 in the main views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness seed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gsl::ui::PlaybackBar</name>
    <message>
        <source>To start (Home)</source>
        <translation>到开头 (Home)</translation>
    </message>
    <message>
        <source>Step back one event (Left)</source>
        <translation>后退一个事件 (←)</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>播放/暂停 (空格)</translation>
    </message>
    <message>
        <source>Step one event (Right)</source>
        <translation>前进一个事件 (→)</translation>
    </message>
    <message>
        <source>To end (End)</source>
        <translation>到结尾 (End)</translation>
    </message>
    <message>
        <source>Run until…</source>
        <translation>运行直到…</translation>
    </message>
    <message>
        <source>a G blocks</source>
        <translation>某个 G 阻塞</translation>
    </message>
    <message>
        <source>a P steals</source>
        <translation>某个 P 窃取</translation>
    </message>
    <message>
        <source>a G ends</source>
        <translation>某个 G 结束</translation>
    </message>
    <message>
        <source>the outcome is decided</source>
        <translation>结果确定</translation>
    </message>
    <message>
        <source>Play until the condition holds, then stop</source>
        <translation>一直播放到条件成立，然后停止</translation>
    </message>
    <message>
        <source>Scrub to any event</source>
        <translation>拖动到任意事件</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Events per second while playing</source>
        <translation>播放时每秒的事件数</translation>
    </message>
    <message>
        <source>event %1 / %2   %3</source>
        <translation>事件 %1 / %2   %3</translation>
    </message>
    <message>
        <source>%1 ev/s</source>
        <translation>%1 事件/秒</translation>
    </message>
</context>
<context>
    <name>gsl::ui::PredictionPanel</name>
    <message>
        <source>Pause before the next scheduling decision of this P and let the class predict it (Q)</source>
        <translation>在这个 P 的下一次调度决策之前暂停，让全班来预测 (Q)</translation>
    </message>
    <message>
        <source>The P whose next goroutine is predicted</source>
        <translation>要预测其下一个 goroutine 的 P</translation>
    </message>
    <message>
        <source>Predict: which G runs next on P%1?</source>
        <translation>预测：P%1 上接下来运行哪个 G？</translation>
    </message>
    <message>
        <source>No more decisions with a choice on P%1 in this run.</source>
        <translation>本次运行中 P%1 上已没有可供选择的调度决策。</translation>
    </message>
    <message>
        <source>P%1 is about to pick its next goroutine. Which G runs next on P%1?</source>
        <translation>P%1 即将挑选下一个 goroutine。P%1 上接下来运行哪个 G？</translation>
    </message>
    <message>
        <source>&lt;span style='color:#1a9c3a'&gt;&lt;b&gt;Right!&lt;/b&gt;&lt;/span&gt; G%1 runs next on P%2. %3</source>
        <translation>&lt;span style='color:#1a9c3a'&gt;&lt;b&gt;答对了！&lt;/b&gt;&lt;/span&gt;P%2 上接下来运行的是 G%1。%3</translation>
    </message>
    <message>
        <source>&lt;span style='color:#d01c1c'&gt;&lt;b&gt;Not this time:&lt;/b&gt;&lt;/span&gt; you chose G%1, but G%2 runs next on P%3. %4</source>
        <translation>&lt;span style='color:#d01c1c'&gt;&lt;b&gt;这次没猜中：&lt;/b&gt;&lt;/span&gt;你选了 G%1，但 P%3 上接下来运行的是 G%2。%4</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>答对 %1 / %2</translation>
    </message>
</context>
<context>
    <name>gsl::ui::PresenterView</name>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Correct outcome: %1&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;正确结果：%1&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This scenario has no lesson text.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个场景没有课程说明。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict the next G</source>
        <translation>预测下一个 G</translation>
    </message>
    <message>
        <source>You are the scheduler</source>
        <translation>你来当调度器</translation>
    </message>
</context>
<context>
    <name>gsl::ui::RaceModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous access</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gsl::ui::RacesPanel</name>
    <message>
        <source>No run analysed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data races</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlocks &amp;&amp; leaks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay the smallest perturbation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-run with the nearby seed or one more P that made the bug show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it stayed hidden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Analysing the run…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Analysis failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No data race in this run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlock: all goroutines are asleep.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n goroutine(s) leaked.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The bug manifested (outcome "%1").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bug stayed hidden (outcome "%1").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every goroutine finished: no deadlock, no leak.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This scenario states no correct outcome, so there is no bug to explain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bug manifested in this run: the outcome "%1" does not match %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bug stayed hidden in this run (outcome "%1" matches %2). Why:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No shared variable was accessed by more than one goroutine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replay: %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No nearby seed or extra P exposed it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gsl::ui::ReportExportUi</name>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting report to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report could not be written.

%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gsl::ui::ReportExporter</name>
    <message>
        <source>Compiling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the scenario does not compile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running %1 of %2 seeds…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>internal error: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gsl::ui::RunQueueChartView</name>
    <message>
        <source>Run queues and idle Ps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P%1–P%2 local</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>global queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>idle Ps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>simulated time (µs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>simulated time (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>goroutines / Ps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run-queue lengths (runnext + local ring) and idle Ps</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gsl::ui::ScenarioModel</name>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>gsl::ui::SchedGamePanel</name>
    <message>
        <source>Press Start (S) to play the scheduler on the current scenario.</source>
        <translation>按“开始”（S）在当前场景上扮演调度器。</translation>
    </message>
    <message>
        <source>Start (S)</source>
        <translation>开始 (S)</translation>
    </message>
    <message>
        <source>Run the scenario up to its first scheduling decision and let you make it</source>
        <translation>运行场景直到第一个调度决策，由你来做决定</translation>
    </message>
    <message>
        <source>Undo (Backspace)</source>
        <translation>撤销 (Backspace)</translation>
    </message>
    <message>
        <source>Take back your last decision</source>
        <translation>撤回上一个决定</translation>
    </message>
    <message>
        <source>Let the runtime finish (F)</source>
        <translation>让运行时完成 (F)</translation>
    </message>
    <message>
        <source>Make no more decisions: the runtime schedules the rest of the run as it would</source>
        <translation>不再做决定：由运行时按其自身规则调度剩余的运行</translation>
    </message>
    <message>
        <source>Decide before every shared access</source>
        <translation>在每次共享访问前决定</translation>
    </message>
    <message>
        <source>On: you may switch goroutines before every memory access or synchronisation (a preemption there). Off: you decide only when a P looks for work (the running G blocked, yielded or ended).</source>
        <translation>开启：可在每次内存访问或同步之前切换 goroutine（在该处抢占）。关闭：仅当某个 P 寻找工作时（正在运行的 G 阻塞、让出或结束）才由你决定。</translation>
    </message>
    <message>
        <source>Your decisions as a forced schedule: goschedlab-cli run --schedule replays them</source>
        <translation>你的决定构成一个强制调度：goschedlab-cli run --schedule 可重放</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goal:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;目标：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Start again (S)</source>
        <translation>重新开始 (S)</translation>
    </message>
    <message>
        <source>&lt;i&gt;Running the scenario to the next decision…&lt;/i&gt;</source>
        <translation>&lt;i&gt;正在运行场景直到下一个决策……&lt;/i&gt;</translation>
    </message>
    <message>
        <source>schedule: (free)</source>
        <translation>调度：（自由）</translation>
    </message>
    <message>
        <source>schedule: %1</source>
        <translation>调度：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot play:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无法进行：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;G%1 — %2 (line %3)</source>
        <translation>&lt;br&gt;G%1 — %2（第 %3 行）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blocked, cannot run:&lt;/b&gt;%1</source>
        <translation>&lt;b&gt;已阻塞，无法运行：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;span style='color:#b06000'&gt;%1&lt;/span&gt;</source>
        <translation>&lt;span style='color:#b06000'&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Decision %1 (scheduling point %2): &lt;b&gt;G%3&lt;/b&gt; on P%4 is about to %5 (line %6). Let it go on, or preempt it and run another goroutine on P%4?</source>
        <translation>决策 %1（调度点 %2）：P%4 上的 &lt;b&gt;G%3&lt;/b&gt; 即将%5（第 %6 行）。让它继续，还是抢占它并在 P%4 上运行另一个 goroutine？</translation>
    </message>
    <message>
        <source>Decision %1 (scheduling point %2): &lt;b&gt;P%3 is looking for work.&lt;/b&gt; Which goroutine runs next on P%3?</source>
        <translation>决策 %1（调度点 %2）：&lt;b&gt;P%3 正在寻找工作。&lt;/b&gt;P%3 接下来运行哪个 goroutine？</translation>
    </message>
    <message>
        <source>Enter  G%1 goes on</source>
        <translation>Enter  G%1 继续</translation>
    </message>
    <message>
        <source>Enter  let the runtime choose</source>
        <translation>Enter  让运行时选择</translation>
    </message>
    <message>
        <source>Run G%1 next on P%2 (it stands at line %3)</source>
        <translation>接下来在 P%2 上运行 G%1（它位于第 %3 行）</translation>
    </message>
    <message>
        <source>The run ended after %1 decision(s).</source>
        <translation>运行在 %1 个决策后结束。</translation>
    </message>
    <message>
        <source>Outcome: &lt;b&gt;%1&lt;/b&gt; (exit status %2).</source>
        <translation>结果：&lt;b&gt;%1&lt;/b&gt;（退出状态 %2）。</translation>
    </message>
    <message>
        <source>The scenario names no correct outcome.</source>
        <translation>该场景未给出正确结果。</translation>
    </message>
    <message>
        <source>&lt;span style='color:#1a9c3a;font-size:130%'&gt;&lt;b&gt;Goal reached!&lt;/b&gt;&lt;/span&gt; </source>
        <translation>&lt;span style='color:#1a9c3a;font-size:130%'&gt;&lt;b&gt;目标达成！&lt;/b&gt;&lt;/span&gt; </translation>
    </message>
    <message>
        <source>It does not match Correct: %1 — the bug showed.</source>
        <translation>它不匹配 Correct：%1 —— 缺陷显现了。</translation>
    </message>
    <message>
        <source>&lt;span style='color:#d01c1c'&gt;&lt;b&gt;Not yet:&lt;/b&gt;&lt;/span&gt; </source>
        <translation>&lt;span style='color:#d01c1c'&gt;&lt;b&gt;还没有：&lt;/b&gt;&lt;/span&gt; </translation>
    </message>
    <message>
        <source>It matches Correct: %1. Undo (Backspace) and try other picks.</source>
        <translation>它匹配 Correct：%1。撤销（Backspace）并尝试其他选择。</translation>
    </message>
    <message>
        <source>&lt;br&gt;Replay: &lt;tt&gt;goschedlab-cli run --schedule %1&lt;/tt&gt;</source>
        <translation>&lt;br&gt;重放：&lt;tt&gt;goschedlab-cli run --schedule %1&lt;/tt&gt;</translation>
    </message>
</context>
<context>
    <name>gsl::ui::SchedViewWidget</name>
    <message>
        <source>
created by G%1</source>
        <translation>
由 G%1 创建</translation>
    </message>
    <message>
        <source>
line %1</source>
        <translation>
第 %1 行</translation>
    </message>
    <message>
        <source>CPUs (%1)</source>
        <translation>CPU（%1）</translation>
    </message>
    <message>
        <source>THROTTLED: quota used up</source>
        <translation>已限流：配额用尽</translation>
    </message>
    <message>
        <source>no M</source>
        <translation>无 M</translation>
    </message>
    <message>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>next</source>
        <translation>next</translation>
    </message>
    <message>
        <source>local runq (%1/256)</source>
        <translation>本地运行队列（%1/256）</translation>
    </message>
    <message>
        <source>global runq (%1)</source>
        <translation>全局运行队列（%1）</translation>
    </message>
    <message>
        <source>blocked (%1)</source>
        <translation>已阻塞（%1）</translation>
    </message>
    <message>
        <source>runnable, in flight</source>
        <translation>可运行，转移中</translation>
    </message>
    <message>
        <source>threads (Ms)</source>
        <translation>线程（M）</translation>
    </message>
    <message>
        <source>THROTTLED on %1 of %2 CPUs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gsl::ui::Settings</name>
    <message>
        <source>The settings file %1 was damaged; using defaults (the old file is kept as %1.corrupt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid settings in %1 replaced by defaults: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>gsl::ui::SourcePanel</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>&lt;i&gt;No live goroutines at this instant.&lt;/i&gt;</source>
        <translation>&lt;i&gt;此刻没有存活的 goroutine。&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>gsl::ui::TimelineWidget</name>
    <message>
        <source>No run yet</source>
        <translation>尚未运行</translation>
    </message>
</context>
<context>
    <name>gsl::ui::WorkSafety</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an untitled scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recover unsaved edits?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>goschedlab did not close cleanly last time. Unsaved edits of %1 (%2 lines, autosaved %3) can be recovered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovered unsaved edits of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go files (*.go)</source>
        <translation>Go 文件 (*.go)</translation>
    </message>
    <message>
        <source>the untitled scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save changes?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save your changes to %1 before closing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed on disk; reloaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was changed by another program, and you have unsaved edits. Reload it and lose your edits, or keep your version?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep my edits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 reloaded from disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed on disk; kept your edits (save to overwrite it)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
