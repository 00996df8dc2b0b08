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
    <name>Narration</name>
    <message>
        <source> (line %1)</source>
        <translation>（第 %1 行）</translation>
    </message>
    <message>
        <source>1 goroutine</source>
        <translation>1 个 goroutine</translation>
    </message>
    <message>
        <source>%1 goroutines</source>
        <translation>%1 个 goroutine</translation>
    </message>
    <message>
        <source>its runnext slot</source>
        <translation>它的 runnext 槽</translation>
    </message>
    <message>
        <source>the head of its local run queue</source>
        <translation>它本地运行队列的队头</translation>
    </message>
    <message>
        <source>the global run queue</source>
        <translation>全局运行队列</translation>
    </message>
    <message>
        <source>a steal</source>
        <translation>一次窃取</translation>
    </message>
    <message>
        <source>an expired timer</source>
        <translation>一个到期的定时器</translation>
    </message>
    <message>
        <source>it called runtime.Gosched</source>
        <translation>它调用了 runtime.Gosched</translation>
    </message>
    <message>
        <source>it was preempted</source>
        <translation>它被抢占了</translation>
    </message>
    <message>
        <source>its P's local run queue overflowed</source>
        <translation>它所在 P 的本地运行队列溢出了</translation>
    </message>
    <message>
        <source>its P was destroyed by procresize</source>
        <translation>它所在的 P 被 procresize 销毁了</translation>
    </message>
    <message>
        <source>of a batch</source>
        <translation>它属于批量转移的一批</translation>
    </message>
    <message>
        <source>it left a syscall and found no idle P</source>
        <translation>它退出系统调用时没有空闲的 P</translation>
    </message>
    <message>
        <source>of an unknown reason</source>
        <translation>原因不明</translation>
    </message>
    <message>
        <source>%1 was created by %2%3 and is runnable</source>
        <translation>%1 由 %2 创建%3，处于可运行状态</translation>
    </message>
    <message>
        <source>%1 (main) was created by the runtime</source>
        <translation>%1（main）由运行时创建</translation>
    </message>
    <message>
        <source>%1 started running on %2 (thread %3)%4</source>
        <translation>%1 开始在 %2（线程 %3）上运行%4</translation>
    </message>
    <message>
        <source>, inheriting the rest of the time slice</source>
        <translation>，继承剩余的时间片</translation>
    </message>
    <message>
        <source>%1 returned and is dead</source>
        <translation>%1 已返回并结束</translation>
    </message>
    <message>
        <source>%1 called runtime.Gosched and yields %2</source>
        <translation>%1 调用了 runtime.Gosched，让出 %2</translation>
    </message>
    <message>
        <source>its P</source>
        <translation>它的 P</translation>
    </message>
    <message>
        <source>%1 ran too long (10 ms): sysmon preempted it %2</source>
        <translation>%1 运行过久（10 毫秒）：sysmon %2抢占了它</translation>
    </message>
    <message>
        <source>with a signal (asynchronous)</source>
        <translation>通过信号（异步）</translation>
    </message>
    <message>
        <source>at a function call (cooperative)</source>
        <translation>在函数调用处（协作式）</translation>
    </message>
    <message>
        <source>%1 blocked [%2]%3; its P looks for other work</source>
        <translation>%1 阻塞 [%2]%3；它的 P 去寻找其他工作</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>%1 woke %2 (goready): runnable again</source>
        <translation>%1 唤醒了 %2（goready）：重新可运行</translation>
    </message>
    <message>
        <source>the runtime woke %1 (timer or netpoll)</source>
        <translation>运行时唤醒了 %1（定时器或 netpoll）</translation>
    </message>
    <message>
        <source>%1 was still alive when the process exited</source>
        <translation>进程退出时 %1 仍然存活</translation>
    </message>
    <message>
        <source>%1 was placed in %2.runnext</source>
        <translation>%1 被放入 %2.runnext</translation>
    </message>
    <message>
        <source>; %1 was kicked to the tail of %2's local run queue</source>
        <translation>；%1 被挤到 %2 本地运行队列的队尾</translation>
    </message>
    <message>
        <source>%1 was put at the %2 of %3's local run queue</source>
        <translation>%1 被放到 %3 本地运行队列的%2</translation>
    </message>
    <message>
        <source>head</source>
        <translation>队头</translation>
    </message>
    <message>
        <source>tail</source>
        <translation>队尾</translation>
    </message>
    <message>
        <source>%1 took %2 from %3</source>
        <translation>%1 从%3取出了 %2</translation>
    </message>
    <message>
        <source>%1 went to the %2 of the global run queue because %3</source>
        <translation>%1 进入全局运行队列的%2，因为%3</translation>
    </message>
    <message>
        <source>%1 took %2 from the global run queue: %3 runs, the rest go to its local queue</source>
        <translation>%1 从全局运行队列取出了 %2：%3 先运行，其余的放入它的本地队列</translation>
    </message>
    <message>
        <source>%1 took %2 from the global run queue</source>
        <translation>%1 从全局运行队列取出了 %2</translation>
    </message>
    <message>
        <source>%1 found nothing locally and stole %2 from %3's runnext slot</source>
        <translation>%1 在本地找不到工作，从 %3 的 runnext 槽窃取了 %2</translation>
    </message>
    <message>
        <source>%1 found nothing locally, stole %2 of %3 goroutines from %4 (half its queue); %5 runs first</source>
        <translation>%1 在本地找不到工作，从 %4 的 %3 个 goroutine 中窃取了 %2 个（其队列的一半）；%5 先运行</translation>
    </message>
    <message>
        <source>%1 found nothing locally, stole %2 goroutines from %3 (half its queue); %4 runs first</source>
        <translation>%1 在本地找不到工作，从 %3 窃取了 %2 个 goroutine（其队列的一半）；%4 先运行</translation>
    </message>
    <message>
        <source>%1's local run queue is full (256): %2 moved to the global run queue</source>
        <translation>%1 的本地运行队列已满（256）：%2 被移到全局运行队列</translation>
    </message>
    <message>
        <source>%1 acquired %2</source>
        <translation>%1 获得了 %2</translation>
    </message>
    <message>
        <source>%1 released %2 to the idle P list</source>
        <translation>%1 把 %2 释放到空闲 P 列表</translation>
    </message>
    <message>
        <source>%1 started as sysmon (no P)</source>
        <translation>%1 作为 sysmon 启动（没有 P）</translation>
    </message>
    <message>
        <source>a new thread %1 was created%2</source>
        <translation>创建了新线程 %1%2</translation>
    </message>
    <message>
        <source>, spinning to look for work</source>
        <translation>，自旋寻找工作</translation>
    </message>
    <message>
        <source>%1 is spinning: looking for work to steal</source>
        <translation>%1 正在自旋：寻找可窃取的工作</translation>
    </message>
    <message>
        <source>%1 stopped spinning</source>
        <translation>%1 停止自旋</translation>
    </message>
    <message>
        <source>%1 found no work and went to sleep (stopm)</source>
        <translation>%1 找不到工作，进入休眠（stopm）</translation>
    </message>
    <message>
        <source>idle %1 was woken (startm)%2</source>
        <translation>空闲的 %1 被唤醒（startm）%2</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation>，带着 %1</translation>
    </message>
    <message>
        <source>sysmon retook %1 from a thread blocked in a syscall (handoffp)</source>
        <translation>sysmon 从阻塞在系统调用中的线程收回了 %1（handoffp）</translation>
    </message>
    <message>
        <source>sysmon asked the goroutine on %1 to yield: it ran over 10 ms</source>
        <translation>sysmon 要求 %1 上的 goroutine 让出：它已运行超过 10 毫秒</translation>
    </message>
    <message>
        <source>GOMAXPROCS changed from %1 to %2 (procresize)</source>
        <translation>GOMAXPROCS 从 %1 改为 %2（procresize）</translation>
    </message>
    <message>
        <source>the world was stopped</source>
        <translation>暂停了整个世界（STW）</translation>
    </message>
    <message>
        <source>the world was restarted</source>
        <translation>整个世界恢复运行</translation>
    </message>
    <message>
        <source>%1 read %2%3</source>
        <translation>%1 读取了 %2%3</translation>
    </message>
    <message>
        <source>%1 wrote %2%3</source>
        <translation>%1 写入了 %2%3</translation>
    </message>
    <message>
        <source>%1 atomically loaded %2%3</source>
        <translation>%1 原子读取了 %2%3</translation>
    </message>
    <message>
        <source>%1 atomically updated %2%3</source>
        <translation>%1 原子更新了 %2%3</translation>
    </message>
    <message>
        <source>%1 made channel #%2 (capacity %3)</source>
        <translation>%1 创建了通道 #%2（容量 %3）</translation>
    </message>
    <message>
        <source>%1 sent on channel #%2 directly to waiting %3%4</source>
        <translation>%1 在通道 #%2 上直接发送给等待中的 %3%4</translation>
    </message>
    <message>
        <source>%1 sent on channel #%2%3</source>
        <translation>%1 向通道 #%2 发送%3</translation>
    </message>
    <message>
        <source>%1 received from channel #%2%3%4</source>
        <translation>%1 从通道 #%2 接收%3%4</translation>
    </message>
    <message>
        <source> (closed: zero value)</source>
        <translation>（已关闭：零值）</translation>
    </message>
    <message>
        <source>%1 closed channel #%2%3</source>
        <translation>%1 关闭了通道 #%2%3</translation>
    </message>
    <message>
        <source>%1's select took the default case%2</source>
        <translation>%1 的 select 走了 default 分支%2</translation>
    </message>
    <message>
        <source>%1's select chose case %2%3</source>
        <translation>%1 的 select 选择了分支 %2%3</translation>
    </message>
    <message>
        <source>%1 locked mutex #%2%3%4</source>
        <translation>%1 锁定了互斥锁 #%2%3%4</translation>
    </message>
    <message>
        <source> (handed off in starvation mode)</source>
        <translation>（饥饿模式下直接移交）</translation>
    </message>
    <message>
        <source>%1 unlocked mutex #%2%3</source>
        <translation>%1 解锁了互斥锁 #%2%3</translation>
    </message>
    <message>
        <source>%1 read-locked #%2%3</source>
        <translation>%1 对 #%2 加了读锁%3</translation>
    </message>
    <message>
        <source>%1 read-unlocked #%2%3</source>
        <translation>%1 释放了 #%2 的读锁%3</translation>
    </message>
    <message>
        <source>%1 write-locked #%2%3</source>
        <translation>%1 对 #%2 加了写锁%3</translation>
    </message>
    <message>
        <source>%1 write-unlocked #%2%3</source>
        <translation>%1 释放了 #%2 的写锁%3</translation>
    </message>
    <message>
        <source>%1 called wg.Done on WaitGroup #%2%3</source>
        <translation>%1 对 WaitGroup #%2 调用了 wg.Done%3</translation>
    </message>
    <message>
        <source>%1 called wg.Add(%2) on WaitGroup #%3%4</source>
        <translation>%1 对 WaitGroup #%3 调用了 wg.Add(%2)%4</translation>
    </message>
    <message>
        <source>%1's wg.Wait returned%2</source>
        <translation>%1 的 wg.Wait 已返回%2</translation>
    </message>
    <message>
        <source>%1 finished once.Do's function%2</source>
        <translation>%1 执行完了 once.Do 的函数%2</translation>
    </message>
    <message>
        <source>%1 set timer #%2</source>
        <translation>%1 设置了定时器 #%2</translation>
    </message>
    <message>
        <source>timer #%1 fired</source>
        <translation>定时器 #%1 触发</translation>
    </message>
    <message>
        <source>CFS period %1 began: the cgroup's quota is refilled</source>
        <translation>CFS 周期 %1 开始：cgroup 的配额已补满</translation>
    </message>
    <message>
        <source>CPU %1 used up its slice of the cgroup's CPU quota and the pool is empty: the thread on it is frozen until the next period</source>
        <translation>CPU %1 用完了它分到的 cgroup CPU 配额，且配额池已空：其上的线程被冻结到下一个周期</translation>
    </message>
    <message>
        <source>the quota was refilled: threads run again</source>
        <translation>配额已补满：线程重新运行</translation>
    </message>
    <message>
        <source>the OS put %1 on CPU %2</source>
        <translation>操作系统把 %1 放到 CPU %2 上</translation>
    </message>
    <message>
        <source>the OS took CPU %1 from %2 (time slice over)</source>
        <translation>操作系统从 %2 收回了 CPU %1（时间片用完）</translation>
    </message>
    <message>
        <source>%1 printed %2 to %3</source>
        <translation>%1 向 %3 输出了 %2</translation>
    </message>
    <message>
        <source>stderr</source>
        <translation>标准错误</translation>
    </message>
    <message>
        <source>stdout</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <source>%1 panicked: %2</source>
        <translation>%1 发生 panic：%2</translation>
    </message>
    <message>
        <source>fatal error</source>
        <translation>致命错误</translation>
    </message>
    <message>
        <source>the process exited with status %1</source>
        <translation>进程以状态 %1 退出</translation>
    </message>
    <message>
        <source>the run stopped: %1</source>
        <translation>运行已停止：%1</translation>
    </message>
    <message>
        <source>the schedule forced P%1 to run %2 next (point %3)</source>
        <translation>强制调度让 P%1 接下来运行 %2（调度点 %3）</translation>
    </message>
    <message>
        <source>G%1 → runnext, G%2 kicked to tail</source>
        <translation>G%1 → runnext，G%2 被挤到队尾</translation>
    </message>
    <message>
        <source>G%1 → runnext</source>
        <translation>G%1 → runnext</translation>
    </message>
    <message>
        <source>G%1 → runq %2</source>
        <translation>G%1 → 运行队列%2</translation>
    </message>
    <message>
        <source>P%1 takes G%2</source>
        <translation>P%1 取出 G%2</translation>
    </message>
    <message>
        <source>G%1 → global queue</source>
        <translation>G%1 → 全局队列</translation>
    </message>
    <message>
        <source>P%1 ← global (%2)</source>
        <translation>P%1 ← 全局队列（%2）</translation>
    </message>
    <message>
        <source>P%1 steals %2 from P%3</source>
        <translation>P%1 从 P%3 窃取 %2 个</translation>
    </message>
    <message>
        <source>P%1 overflow → global</source>
        <translation>P%1 溢出 → 全局队列</translation>
    </message>
    <message>
        <source>G%1 runs on P%2</source>
        <translation>G%1 在 P%2 上运行</translation>
    </message>
    <message>
        <source>G%1 blocks: %2</source>
        <translation>G%1 阻塞：%2</translation>
    </message>
    <message>
        <source>G%1 woken</source>
        <translation>G%1 被唤醒</translation>
    </message>
    <message>
        <source>G%1 preempted</source>
        <translation>G%1 被抢占</translation>
    </message>
    <message>
        <source>G%1 yields</source>
        <translation>G%1 让出</translation>
    </message>
    <message>
        <source>G%1 ends</source>
        <translation>G%1 结束</translation>
    </message>
    <message>
        <source>G%1 created</source>
        <translation>G%1 已创建</translation>
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
        <translation>永久阻塞</translation>
    </message>
    <message>
        <source>may be woken</source>
        <translation>可能被唤醒</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Waits on</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>gsl::ui::BudgetDialog</name>
    <message>
        <source>Run budgets</source>
        <translation>运行预算</translation>
    </message>
    <message>
        <source>A run stops cleanly when it exceeds one of these limits. The same limits are the CLI's --max-steps, --max-time, --max-goroutines and --max-events.</source>
        <translation>运行超过其中任一限制时会干净地停止。命令行的 --max-steps、--max-time、--max-goroutines 和 --max-events 是同样的限制。</translation>
    </message>
    <message>
        <source>Interpreted steps (--max-steps):</source>
        <translation>解释执行步数（--max-steps）：</translation>
    </message>
    <message>
        <source>Simulated time (--max-time, e.g. 60s):</source>
        <translation>模拟时间（--max-time，例如 60s）：</translation>
    </message>
    <message>
        <source>Live goroutines (--max-goroutines):</source>
        <translation>存活 goroutine 数（--max-goroutines）：</translation>
    </message>
    <message>
        <source>Trace events (--max-events):</source>
        <translation>跟踪事件数（--max-events）：</translation>
    </message>
</context>
<context>
    <name>gsl::ui::BudgetGuard</name>
    <message>
        <source>Raise budgets…</source>
        <translation>提高预算…</translation>
    </message>
    <message>
        <source>The run stopped at a budget; its trace ends there. Raise the limit in Run → Budgets…</source>
        <translation>运行因预算而停止，跟踪在此结束。可在“运行 → 预算…”中提高限制</translation>
    </message>
</context>
<context>
    <name>gsl::ui::CfsChartView</name>
    <message>
        <source>CFS quota per period</source>
        <translation>每周期的 CFS 配额</translation>
    </message>
    <message>
        <source>CFS quota per period: this run had no CPU limit</source>
        <translation>每周期的 CFS 配额：本次运行没有 CPU 限制</translation>
    </message>
    <message>
        <source>CFS quota per period: the run ended within its first period</source>
        <translation>每周期的 CFS 配额：运行在第一个周期内就结束了</translation>
    </message>
    <message>
        <source>CPU time used (ms)</source>
        <translation>已用 CPU 时间（毫秒）</translation>
    </message>
    <message>
        <source>throttled (ms)</source>
        <translation>被限流（毫秒）</translation>
    </message>
    <message>
        <source>period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>quota %1 ms</source>
        <translation>配额 %1 毫秒</translation>
    </message>
    <message>
        <source>CFS quota use per period: throttled in %1 of %2 periods%3</source>
        <translation>每周期的 CFS 配额使用：%2 个周期中有 %1 个被限流%3</translation>
    </message>
    <message>
        <source> (first %1 shown)</source>
        <translation>（显示前 %1 个）</translation>
    </message>
</context>
<context>
    <name>gsl::ui::ChartsPanel</name>
    <message>
        <source>Run queues</source>
        <translation>运行队列</translation>
    </message>
    <message>
        <source>CFS quota</source>
        <translation>CFS 配额</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Manifestation map</source>
        <translation>显现图</translation>
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
        <translation>GOMAXPROCS 取值，逗号分隔：每个值一种配置（与配额交叉组合）</translation>
    </message>
    <message>
        <source>CPU quotas in cores (cpu.max quota / period), comma-separated; "none" = no limit</source>
        <translation>CPU 配额，以核数计（cpu.max 的配额 / 周期），逗号分隔；"none" 表示不限制</translation>
    </message>
    <message>
        <source>Seeds per configuration; each is one complete run of the scenario</source>
        <translation>每种配置的种子数；每个种子是场景的一次完整运行</translation>
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
        <translation>每种配置的运行次数</translation>
    </message>
    <message>
        <source>First seed</source>
        <translation>起始种子</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Explore runs the scenario with many seeds per configuration.</source>
        <translation>探索会在每种配置下用许多种子运行该场景。</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>nothing to explore: no scenario is open</source>
        <translation>没有可探索的内容：没有打开场景</translation>
    </message>
    <message>
        <source>nothing to explore: the editor is empty</source>
        <translation>没有可探索的内容：编辑器是空的</translation>
    </message>
    <message>
        <source>GOMAXPROCS: "%1" is not a number from 1 to 1024</source>
        <translation>GOMAXPROCS："%1" 不是 1 到 1024 之间的数</translation>
    </message>
    <message>
        <source>GOMAXPROCS: give at least one value, e.g. 1,2,4</source>
        <translation>GOMAXPROCS：至少给出一个值，例如 1,2,4</translation>
    </message>
    <message>
        <source>CPU quota: "%1" is neither "none" nor a number of cores</source>
        <translation>CPU 配额："%1" 既不是 "none" 也不是核数</translation>
    </message>
    <message>
        <source>Exploring %1 configuration(s) × %2 seeds…</source>
        <translation>正在探索 %1 种配置 × %2 个种子…</translation>
    </message>
    <message>
        <source>Exploration failed: %1</source>
        <translation>探索失败：%1</translation>
    </message>
    <message>
        <source>Cancelled after %1 runs (partial result).</source>
        <translation>已在 %1 次运行后取消（部分结果）。</translation>
    </message>
    <message>
        <source>%1 runs done.</source>
        <translation>已完成 %1 次运行。</translation>
    </message>
    <message>
        <source> The bug manifested in %1 of them.</source>
        <translation>其中 %1 次显现了缺陷。</translation>
    </message>
    <message>
        <source> Click a row to replay its witness seed.</source>
        <translation>点击一行即可重放其见证种子。</translation>
    </message>
</context>
<context>
    <name>gsl::ui::ExploreWorker</name>
    <message>
        <source>the scenario does not compile</source>
        <translation>场景无法编译</translation>
    </message>
</context>
<context>
    <name>gsl::ui::HeatmapChartView</name>
    <message>
        <source>Manifestation map (explore with a Correct regex)</source>
        <translation>显现图（用带 Correct 正则的场景进行探索）</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>无配额</translation>
    </message>
    <message>
        <source>quota %1</source>
        <translation>配额 %1</translation>
    </message>
    <message>
        <source>CPU quota (cores)</source>
        <translation>CPU 配额（核）</translation>
    </message>
    <message>
        <source>Bug manifestation rate, go%1 (white = never, red = every run)</source>
        <translation>缺陷显现率，go%1（白色 = 从不，红色 = 每次运行）</translation>
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
        <translation>图表</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>%1[*] — goschedlab</source>
        <translation>%1[*] — goschedlab</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Budgets…</source>
        <translation>预算(&amp;B)…</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Races and bugs</source>
        <translation>竞争与缺陷</translation>
    </message>
    <message>
        <source>&amp;You are the scheduler</source>
        <translation>你来当调度器(&amp;Y)</translation>
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
</context>
<context>
    <name>gsl::ui::OutcomeChartView</name>
    <message>
        <source>Outcome distribution (run an exploration)</source>
        <translation>结果分布（请运行一次探索）</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>（无输出）</translation>
    </message>
    <message>
        <source> ✓</source>
        <translation> ✓</translation>
    </message>
    <message>
        <source> ✗ bug</source>
        <translation> ✗ 缺陷</translation>
    </message>
    <message>
        <source>other outcomes</source>
        <translation>其他结果</translation>
    </message>
    <message>
        <source>share of runs (%)</source>
        <translation>运行占比（%）</translation>
    </message>
    <message>
        <source>Outcome distribution per configuration (cancelled: partial)</source>
        <translation>每种配置的结果分布（已取消：部分结果）</translation>
    </message>
    <message>
        <source>Outcome distribution per configuration (whiskers: Wilson 95 % interval)</source>
        <translation>每种配置的结果分布（须线：Wilson 95% 区间）</translation>
    </message>
</context>
<context>
    <name>gsl::ui::OutcomeModel</name>
    <message>
        <source>(no output)</source>
        <translation>（无输出）</translation>
    </message>
    <message>
        <source> [exit %1]</source>
        <translation> [退出码 %1]</translation>
    </message>
    <message numerus="yes">
        <source> [%n race report(s)]</source>
        <translation>
            <numerusform> [%n 个竞争报告]</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to replay seed %1 in the main views</source>
        <translation>点击以在主视图中重放种子 %1</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Witness seed</source>
        <translation>见证种子</translation>
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
        <translation>变量</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Previous access</source>
        <translation>先前的访问</translation>
    </message>
</context>
<context>
    <name>gsl::ui::RacesPanel</name>
    <message>
        <source>No run analysed yet.</source>
        <translation>尚未分析任何运行。</translation>
    </message>
    <message>
        <source>Data races</source>
        <translation>数据竞争</translation>
    </message>
    <message>
        <source>Deadlocks &amp;&amp; leaks</source>
        <translation>死锁与泄漏</translation>
    </message>
    <message>
        <source>Replay the smallest perturbation</source>
        <translation>重放最小扰动</translation>
    </message>
    <message>
        <source>Re-run with the nearby seed or one more P that made the bug show</source>
        <translation>用让缺陷显现的相邻种子或多一个 P 重新运行</translation>
    </message>
    <message>
        <source>Why it stayed hidden</source>
        <translation>为什么它没有显现</translation>
    </message>
    <message>
        <source>Analysing the run…</source>
        <translation>正在分析运行…</translation>
    </message>
    <message>
        <source>Analysis failed: %1</source>
        <translation>分析失败：%1</translation>
    </message>
    <message>
        <source>No data race in this run.</source>
        <translation>本次运行没有数据竞争。</translation>
    </message>
    <message>
        <source>Deadlock: all goroutines are asleep.</source>
        <translation>死锁：所有 goroutine 都在休眠。</translation>
    </message>
    <message numerus="yes">
        <source>%n goroutine(s) leaked.</source>
        <translation>
            <numerusform>泄漏了 %n 个 goroutine。</numerusform>
        </translation>
    </message>
    <message>
        <source>The bug manifested (outcome "%1").</source>
        <translation>缺陷显现了（结果 "%1"）。</translation>
    </message>
    <message>
        <source>The bug stayed hidden (outcome "%1").</source>
        <translation>缺陷没有显现（结果 "%1"）。</translation>
    </message>
    <message>
        <source>Every goroutine finished: no deadlock, no leak.</source>
        <translation>所有 goroutine 都已结束：没有死锁，没有泄漏。</translation>
    </message>
    <message>
        <source>This scenario states no correct outcome, so there is no bug to explain.</source>
        <translation>这个场景没有声明正确结果，因此没有缺陷可解释。</translation>
    </message>
    <message>
        <source>The bug manifested in this run: the outcome "%1" does not match %2.</source>
        <translation>本次运行中缺陷显现了：结果 "%1" 不匹配 %2。</translation>
    </message>
    <message>
        <source>The bug stayed hidden in this run (outcome "%1" matches %2). Why:</source>
        <translation>本次运行中缺陷没有显现（结果 "%1" 匹配 %2）。原因：</translation>
    </message>
    <message>
        <source>No shared variable was accessed by more than one goroutine.</source>
        <translation>没有共享变量被多个 goroutine 访问。</translation>
    </message>
    <message>
        <source>Replay: %1 → %2</source>
        <translation>重放：%1 → %2</translation>
    </message>
    <message>
        <source>No nearby seed or extra P exposed it</source>
        <translation>没有相邻种子或额外的 P 能让它显现</translation>
    </message>
</context>
<context>
    <name>gsl::ui::ReportExportUi</name>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML 报告 (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Exporting report to %1…</source>
        <translation>正在把报告导出到 %1…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>导出已取消；没有写入任何内容</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>The report could not be written.

%1</source>
        <translation>无法写入报告。

%1</translation>
    </message>
</context>
<context>
    <name>gsl::ui::ReportExporter</name>
    <message>
        <source>Compiling…</source>
        <translation>正在编译…</translation>
    </message>
    <message>
        <source>the scenario does not compile</source>
        <translation>场景无法编译</translation>
    </message>
    <message>
        <source>Running %1 of %2 seeds…</source>
        <translation>正在运行第 %1 / %2 个种子…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>正在写入第 %1 / %2 页…</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
</context>
<context>
    <name>gsl::ui::RunQueueChartView</name>
    <message>
        <source>Run queues and idle Ps</source>
        <translation>运行队列与空闲 P</translation>
    </message>
    <message>
        <source>P%1–P%2 local</source>
        <translation>P%1–P%2 本地</translation>
    </message>
    <message>
        <source>global queue</source>
        <translation>全局队列</translation>
    </message>
    <message>
        <source>idle Ps</source>
        <translation>空闲 P</translation>
    </message>
    <message>
        <source>simulated time (µs)</source>
        <translation>模拟时间（微秒）</translation>
    </message>
    <message>
        <source>simulated time (ms)</source>
        <translation>模拟时间（毫秒）</translation>
    </message>
    <message>
        <source>goroutines / Ps</source>
        <translation>goroutine / P</translation>
    </message>
    <message>
        <source>Run-queue lengths (runnext + local ring) and idle Ps</source>
        <translation>运行队列长度（runnext + 本地环形队列）与空闲 P</translation>
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
        <translation>已限流：%2 个 CPU 中的 %1 个</translation>
    </message>
</context>
<context>
    <name>gsl::ui::Settings</name>
    <message>
        <source>The settings file %1 was damaged; using defaults (the old file is kept as %1.corrupt)</source>
        <translation>设置文件 %1 已损坏；改用默认设置（旧文件保存为 %1.corrupt）</translation>
    </message>
    <message>
        <source>Invalid settings in %1 replaced by defaults: %2</source>
        <translation>%1 中的无效设置已替换为默认值：%2</translation>
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
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>runnable</source>
        <translation>可运行</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>已阻塞</translation>
    </message>
    <message>
        <source>syscall</source>
        <translation>系统调用</translation>
    </message>
    <message>
        <source>spinning</source>
        <translation>自旋</translation>
    </message>
</context>
<context>
    <name>gsl::ui::WorkSafety</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>an untitled scenario</source>
        <translation>一个未命名场景</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>Recover unsaved edits?</source>
        <translation>恢复未保存的编辑？</translation>
    </message>
    <message>
        <source>goschedlab did not close cleanly last time. Unsaved edits of %1 (%2 lines, autosaved %3) can be recovered.</source>
        <translation>goschedlab 上次没有正常关闭。可以恢复 %1 未保存的编辑（%2 行，自动保存于 %3）。</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Recovered unsaved edits of %1</source>
        <translation>已恢复 %1 未保存的编辑</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Go files (*.go)</source>
        <translation>Go 文件 (*.go)</translation>
    </message>
    <message>
        <source>the untitled scenario</source>
        <translation>未命名场景</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>保存更改？</translation>
    </message>
    <message>
        <source>Save your changes to %1 before closing?</source>
        <translation>关闭前保存对 %1 的更改？</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 changed on disk; reloaded</source>
        <translation>%1 在磁盘上已更改；已重新载入</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>文件在磁盘上已更改</translation>
    </message>
    <message>
        <source>%1 was changed by another program, and you have unsaved edits. Reload it and lose your edits, or keep your version?</source>
        <translation>%1 已被其他程序修改，而你有未保存的编辑。重新载入并丢弃你的编辑，还是保留你的版本？</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Keep my edits</source>
        <translation>保留我的编辑</translation>
    </message>
    <message>
        <source>%1 reloaded from disk</source>
        <translation>已从磁盘重新载入 %1</translation>
    </message>
    <message>
        <source>%1 changed on disk; kept your edits (save to overwrite it)</source>
        <translation>%1 在磁盘上已更改；已保留你的编辑（保存即可覆盖）</translation>
    </message>
</context>
</TS>
